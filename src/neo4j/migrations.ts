import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../config.js';
import type { Logger } from '../logger.js';
import { cypher, withoutCommentLines } from './catalogue.js';
import type { Db } from './db.js';

const applied = cypher('migration/applied');
const record = cypher('migration/record');

export interface Migration {
  id: string;
  statement: string;
  checksum: string;
}

export const migrationsDir = join(repoRoot, 'cypher', 'migrations');

/** Reads cypher/migrations/NNN-name.cypher in order; each file holds one schema statement. */
export function readMigrations(dir: string = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[\w-]+\.cypher$/.test(f))
    .sort()
    .map((file) => {
      const statement = withoutCommentLines(readFileSync(join(dir, file), 'utf8'));
      return {
        id: file.replace(/\.cypher$/, ''),
        statement,
        checksum: createHash('sha256').update(statement).digest('hex').slice(0, 16),
      };
    });
}

/**
 * Applies the migrations not yet recorded in the graph, in order, each recorded as (:Migration) once it
 * succeeded; a second start applies nothing. A recorded migration whose file changed is an error: schema
 * history is append-only.
 */
export async function applyMigrations(
  db: Db,
  logger: Logger,
  migrations = readMigrations(),
): Promise<string[]> {
  const done = new Map((await db.read(applied)).map((r) => [String(r.id), String(r.checksum)]));
  const appliedNow: string[] = [];
  for (const m of migrations) {
    const checksum = done.get(m.id);
    if (checksum !== undefined) {
      if (checksum !== m.checksum) {
        throw new Error(`Migration ${m.id} was changed after it was applied; add a new migration instead`);
      }
      continue;
    }
    // Schema statements cannot share a transaction with data writes, hence two round trips.
    await db.runSchema(m.statement);
    await db.write(record, { id: m.id, checksum: m.checksum });
    appliedNow.push(m.id);
  }
  if (appliedNow.length > 0) {
    await db.runSchema('CALL db.awaitIndexes(300)');
  }
  logger.info({ applied: appliedNow.length, total: migrations.length }, 'migrations checked');
  return appliedNow;
}
