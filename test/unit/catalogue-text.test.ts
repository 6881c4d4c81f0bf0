// What is sent to Neo4j for a statement file: its Cypher without the comment lines written for its readers.
// (test/cypher/queries-explain.test.ts has Neo4j EXPLAIN every statement as sent.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, queriesDir, statementText } from '../../src/neo4j/catalogue.js';

describe('statement text', () => {
  it('drops whole-line comments and blank lines, and keeps everything else as written', () => {
    const file = [
      '// Why this statement reads what it reads.',
      '   // An indented note.',
      'MATCH (a:Article {url: $url})',
      '',
      "  WHERE a.title <> '// not a comment' // a note after code stays",
      'RETURN a.id AS id',
      '',
    ].join('\n');
    expect(statementText(file)).toBe(
      [
        'MATCH (a:Article {url: $url})',
        "  WHERE a.title <> '// not a comment' // a note after code stays",
        'RETURN a.id AS id',
      ].join('\n'),
    );
  });

  it('is what the catalogue holds for every file (entity/page: a fifth shorter)', () => {
    const catalogue = loadCatalogue();
    for (const name of catalogue.names()) {
      const text = catalogue.text({ name });
      expect(text).toBe(statementText(readFileSync(join(queriesDir, `${name}.cypher`), 'utf8')));
      expect(text.split('\n').some((line) => line.trimStart().startsWith('//'))).toBe(false);
    }
    const page = readFileSync(join(queriesDir, 'entity/page.cypher'), 'utf8');
    expect(catalogue.text({ name: 'entity/page' }).length).toBeLessThan(page.length * 0.8);
  });
});
