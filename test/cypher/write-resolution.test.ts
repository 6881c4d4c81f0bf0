// How every write resolves the entity ids it names, on the real Neo4j: merged-away ids follow in-force merge
// records, the entities stay locked until the write commits, a merge that commits while a write waits for its
// lock makes the write run again, and what cannot be resolved is refused with nothing written.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { resolveEntities } from '../../src/ingest/resolve-entities.js';
import { upsertRelations } from '../../src/ingest/write.js';
import { writeArticle } from '../../src/ingest/write-articles.js';
import { WRITE_ATTEMPTS } from '../../src/neo4j/db.js';
import { ConcurrentChangeError } from '../../src/neo4j/driver-errors.js';
import { graphSize, openTestDb, type TestDb } from '../support/db.js';

let t: TestDb;
let driver: Driver;
const s = randomBytes(4).toString('hex');
const id = (name: string): string => `person/resolution-test-${name}-${s}`;

beforeAll(async () => {
  t = await openTestDb();
  const { uri, username, password } = inject('neo4j');
  driver = neo4j.driver(uri, neo4j.auth.basic(username, password));
});

afterAll(async () => {
  await t.query('MATCH (n) WHERE (n:Entity OR n:MergeRecord) AND n.id ENDS WITH $s DETACH DELETE n', {
    s: `-${s}`,
  });
  await driver.close();
  await t.close();
});

/** Entities, and merge records as a merge leaves them (what resolution reads). */
async function given(entities: string[], merges: { merged: string; kept: string; undone?: boolean }[] = []) {
  await t.query(
    `UNWIND $entities AS e CREATE (:Entity:Person {id: e, kind: 'Person', name: e, aliases: [e]})
     WITH count(*) AS created
     UNWIND $merges AS m
     CREATE (:MergeRecord {id: m.id, mergedId: m.merged, keptId: m.kept,
                           undoneAt: CASE WHEN m.undone THEN datetime() END})`,
    {
      entities: entities.map(id),
      merges: merges.map((m, i) => ({
        id: `merge/${String(i)}-${m.merged}-${s}`,
        merged: id(m.merged),
        kept: id(m.kept),
        undone: m.undone === true,
      })),
    },
  );
}

/** Resolves in a write transaction of its own; `attempts` counts how often the work ran. */
async function resolve(
  ids: string[],
): Promise<{ ids: string[]; missing: readonly string[]; attempts: number }> {
  let attempts = 0;
  const result = await t.db.writeTransaction('test/resolve', async (tx) => {
    attempts += 1;
    const resolved = await resolveEntities(tx, ids);
    return {
      ids: ids.filter((i) => !resolved.missing.includes(i)).map((i) => resolved.id(i)),
      missing: resolved.missing,
    };
  });
  return { ...result, attempts };
}

/** A transaction of another client (a merge, say) holding the write locks on some entities until told. */
async function holdLocks(ids: string[]) {
  const session = driver.session();
  const tx = session.beginTransaction();
  await tx.run('MATCH (e:Entity) WHERE e.id IN $ids SET e._lock = true REMOVE e._lock', { ids });
  return {
    run: (text: string, params: Record<string, unknown>) => tx.run(text, params),
    commit: async () => {
      await tx.commit();
      await session.close();
    },
  };
}

describe('resolving the entities a write names', () => {
  it('follows in-force merge records transitively, not undone ones, and reports ids that lead nowhere', async () => {
    await given(
      ['c1', 'b2'],
      [
        { merged: 'a1', kept: 'b1' },
        { merged: 'b1', kept: 'c1' },
        { merged: 'a2', kept: 'zz', undone: true },
        { merged: 'a2', kept: 'b2' },
      ],
    );
    expect(await resolve([id('a1'), id('b1'), id('c1'), id('a2'), id('nowhere')])).toMatchObject({
      ids: [id('c1'), id('c1'), id('c1'), id('b2')],
      missing: [id('nowhere')],
    });
  });

  it('keeps the entities locked until the write commits: a merge of one of them waits for it', async () => {
    await given(['l1']);
    let workEndedAt = 0;
    let locked!: () => void;
    const lockHeld = new Promise<void>((resolve) => (locked = resolve));
    const writing = t.db.writeTransaction('test/write', async (tx) => {
      await resolveEntities(tx, [id('l1')]);
      locked();
      await sleep(400);
      workEndedAt = Date.now();
    });
    await lockHeld;
    const merge = await holdLocks([id('l1')]);
    const mergeLockedAt = Date.now();
    await merge.commit();
    await writing;
    // The merge got its lock only once the write had finished its work (and committed).
    expect(mergeLockedAt).toBeGreaterThanOrEqual(workEndedAt);
  });

  it('runs the write again when a merge commits while it waits, and writes on the kept entity', async () => {
    await given(['m1', 'k1']);
    const merge = await holdLocks([id('m1'), id('k1')]);
    const writing = resolve([id('m1')]);
    await sleep(300); // the write is waiting for m1's lock by now
    await merge.run(
      `MATCH (m:Entity {id: $m}) DETACH DELETE m
       CREATE (:MergeRecord {id: $record, mergedId: $m, keptId: $k})`,
      { m: id('m1'), k: id('k1'), record: `merge/race-${s}` },
    );
    await merge.commit();
    expect(await writing).toEqual({ ids: [id('k1')], missing: [], attempts: 2 });
  });

  it(`gives up after ${WRITE_ATTEMPTS} runs if the graph keeps changing, with CONFLICT`, async () => {
    let attempts = 0;
    const failing = t.db.writeTransaction('test/always-changing', () => {
      attempts += 1;
      return Promise.reject(new ConcurrentChangeError('changed'));
    });
    await expect(failing).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'CONFLICT');
    expect(attempts).toBe(WRITE_ATTEMPTS);
  });

  it('refuses to write mentions of an entity that is gone (not merged), writing nothing', async () => {
    const before = await graphSize(t);
    const text = `Nobody here ${s}.`;
    const write = writeArticle(t.db, {
      article: {
        id: `article/resolution-${s}`,
        contentHash: `resolution-${s}`,
        title: null,
        outlet: null,
        author: null,
        publishedAt: null,
        url: null,
        source: null,
        text,
      },
      mentions: [
        {
          entityId: id('deleted'),
          via: 'name',
          surface: 'Nobody',
          start: 0,
          end: 6,
          sentence: text,
          sentenceIndex: 0,
          sentenceStart: 0,
        },
      ],
      candidates: [],
    });
    await expect(write).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'CONFLICT');
    expect(await graphSize(t)).toEqual(before);
  });

  it('refuses a relationship whose two ends have been merged into one, writing nothing', async () => {
    await given(['kept'], [{ merged: 'gone', kept: 'kept' }]);
    const before = await graphSize(t);
    const write = t.db.writeTransaction('test/relation', (tx) =>
      upsertRelations(tx, [
        { id: `rel/met-${s}`, type: 'MET', from: id('gone'), to: id('kept'), props: {}, evidence: [] },
      ]),
    );
    await expect(write).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'BAD_USER_INPUT');
    expect(await graphSize(t)).toEqual(before);
  });
});
