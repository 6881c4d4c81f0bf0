// Relationship types cannot be parameters, so statements that walk entity relationships write the allow-list
// into their patterns (Neo4j then expands only those relationship groups, never an entity's mentions). This
// keeps every such list equal to src/graph/relation-types.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { RELATION_TYPES } from '../../src/graph/relation-types.js';

const dirs = [join(repoRoot, 'cypher', 'queries'), join(repoRoot, 'bench', 'floor')];
const files = dirs.flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => join(dir, f)),
);

/** Every `:A|B|C` alternation of three or more relationship types in a statement. */
function typeLists(text: string): string[][] {
  return [...text.matchAll(/:((?:[A-Z_]+\|){2,}[A-Z_]+)/g)].map((m) => (m[1] ?? '').split('|'));
}

describe('relationship type lists written into Cypher', () => {
  const lists = files.flatMap((file) =>
    typeLists(readFileSync(file, 'utf8')).map((types) => [relative(repoRoot, file), types] as const),
  );

  it('exist where entity relationships are walked', () => {
    const names = new Set(lists.map(([file]) => file));
    for (const file of [
      'cypher/queries/entity/page.cypher',
      'cypher/queries/graph/neighbourhood.cypher',
      'cypher/queries/graph/paths.cypher',
      'cypher/queries/timeline/entity.cypher',
    ]) {
      expect(names, file).toContain(file);
    }
  });

  it.each(lists)('%s lists exactly the allow-list', (_file, types) => {
    expect([...types].sort()).toEqual([...RELATION_TYPES].sort());
  });
});
