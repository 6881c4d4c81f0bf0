// Schema migrations against the real Neo4j: applied once, recorded in the graph, never re-applied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { applyMigrations, readMigrations } from '../../src/neo4j/migrations.js';
import { openTestDb, type TestDb } from '../support/db.js';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDb(); // applies the migrations, as a start-up does
});
afterAll(async () => {
  await t.close();
});

describe('migrations', () => {
  it('are recorded in the graph, one node each, with their checksum', async () => {
    const rows = await t.query('MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum ORDER BY id');
    expect(rows).toEqual(readMigrations().map((m) => ({ id: m.id, checksum: m.checksum })));
  });

  it('apply nothing on a second start', async () => {
    expect(await applyMigrations(t.db, createLogger('silent'))).toEqual([]);
  });

  it('leave the constraints and fulltext indexes the service relies on online', async () => {
    const rows = await t.query('SHOW INDEXES YIELD name, type, state RETURN name, type, state');
    const byName = new Map(rows.map((r) => [String(r.name), r]));
    for (const name of ['entity_id', 'article_content_hash', 'claim_id', 'entity_names', 'article_text']) {
      expect(byName.get(name)?.state, name).toBe('ONLINE');
    }
    expect(byName.get('entity_names')?.type).toBe('FULLTEXT');
  });

  it('refuse to run when an applied migration was edited', async () => {
    const [first, ...rest] = readMigrations();
    if (!first) throw new Error('no migrations');
    const edited = { ...first, checksum: 'edited' };
    await expect(applyMigrations(t.db, createLogger('silent'), [edited, ...rest])).rejects.toThrow(
      /was changed after it was applied/,
    );
  });
});
