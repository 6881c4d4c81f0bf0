import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { repoRoot } from '../config.js';

/** A named Cypher statement; the text lives in cypher/queries/<name>.cypher. */
export interface QueryRef {
  readonly name: string;
}

const declared = new Map<string, QueryRef>();

/**
 * Declares that the code uses the named statement. Called at module load, so the catalogue can check at
 * start-up that every name the code uses has a file — and that every file is used by some code.
 */
export function cypher(name: string): QueryRef {
  let ref = declared.get(name);
  if (!ref) {
    ref = Object.freeze({ name });
    declared.set(name, ref);
  }
  return ref;
}

export class QueryCatalogue {
  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  text(ref: QueryRef): string {
    const text = this.texts.get(ref.name);
    if (text === undefined) throw new Error(`No Cypher file for query "${ref.name}" in cypher/queries`);
    return text;
  }

  names(): string[] {
    return [...this.texts.keys()].sort();
  }

  /** Fails fast when the code declared a statement that has no file. */
  assertComplete(): void {
    const missing = [...declared.keys()].filter((n) => !this.texts.has(n));
    if (missing.length > 0) {
      throw new Error(
        `Missing Cypher files in cypher/queries: ${missing.map((n) => `${n}.cypher`).join(', ')}`,
      );
    }
  }

  /** Files no code declares: dead Cypher, reported by a test rather than at start-up. */
  unused(): string[] {
    return this.names().filter((n) => !declared.has(n));
  }
}

export const queriesDir = join(repoRoot, 'cypher', 'queries');

function listCypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.cypher'))
    .map((d) => join(d.parentPath, d.name));
}

/** A Cypher file without its whole-line comments (the text a migration is applied and checksummed as). */
export function withoutCommentLines(file: string): string {
  return file
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

/**
 * The text sent to Neo4j: the file without its whole-line comments and blank lines. The comments are for the
 * reader of the file; sent along, they are bytes on every run, and the driver hands a statement to the socket
 * 1,400 bytes at a time, one write each (entity/page: 5 writes a run with them, 4 without; timeline/entity 5
 * and 4). A comment after code on the same line stays: `//` may sit inside a string there.
 */
export function statementText(file: string): string {
  return withoutCommentLines(file)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/** Loads every statement once; names are paths under cypher/queries without the extension. */
export function loadCatalogue(dir: string = queriesDir): QueryCatalogue {
  const texts = new Map<string, string>();
  for (const file of listCypherFiles(dir)) {
    const name = relative(dir, file)
      .split(sep)
      .join('/')
      .replace(/\.cypher$/, '');
    texts.set(name, statementText(readFileSync(file, 'utf8')));
  }
  return new QueryCatalogue(texts);
}
