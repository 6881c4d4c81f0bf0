import { describe, expect, it } from 'vitest';
import { createLoaders } from '../../src/graphql/loaders.js';
import type { QueryRef } from '../../src/neo4j/catalogue.js';
import type { Db } from '../../src/neo4j/db.js';
import type { Row } from '../../src/neo4j/values.js';

interface Call {
  query: string;
  params: Record<string, unknown>;
}

/** A Db stand-in that records every statement and answers from canned rows. */
function fakeDb(answer: (call: Call) => Row[]): { db: Db; calls: Call[] } {
  const calls: Call[] = [];
  const fake = {
    read: (ref: QueryRef, params: Record<string, unknown> = {}) => {
      const call = { query: ref.name, params };
      calls.push(call);
      return Promise.resolve(answer(call));
    },
  };
  // Only `read` is used by the loaders; the rest of Db is not needed to count statements.
  return { db: fake as unknown as Db, calls };
}

const person = (id: string) => ({ entity: { id, kind: 'Person', name: id } });

describe('per-request loaders', () => {
  it('batch entity lookups into one UNWIND statement and report unknown ids as null', async () => {
    const { db, calls } = fakeDb(({ params }) =>
      (params.ids as string[]).filter((id) => id !== 'nobody').map(person),
    );
    const loaders = createLoaders(db);
    const [a, b, missing] = await Promise.all([
      loaders.entities.load('p/a'),
      loaders.entities.load('p/b'),
      loaders.entities.load('nobody'),
    ]);
    expect([a?.id, b?.id, missing]).toEqual(['p/a', 'p/b', null]);
    expect(calls).toEqual([{ query: 'entity/by-ids', params: { ids: ['p/a', 'p/b', 'nobody'] } }]);
    await loaders.entities.load('p/a');
    expect(calls).toHaveLength(1);
  });

  it('batch pages with the same arguments into one statement, and one more per distinct argument set', async () => {
    const { db, calls } = fakeDb(({ params }) =>
      (params.ids as string[]).map((id) => ({
        ...person(id),
        mentions: [],
        relations: [],
        mentionCount: 0,
        relationCount: null,
      })),
    );
    const loaders = createLoaders(db);
    const key = (id: string, first: number) => ({ id, after: null, first });
    await Promise.all([
      loaders.entityMentions.load(key('e1', 20)),
      loaders.entityMentions.load(key('e2', 20)),
      loaders.entityMentions.load(key('e3', 20)),
      loaders.entityMentions.load(key('e1', 5)),
    ]);
    expect(calls.map((c) => [c.query, c.params.ids])).toEqual([
      ['entity/page', ['e1', 'e2', 'e3']],
      ['entity/page', ['e1']],
    ]);
    // LIMIT needs integers: the parameters are driver Integers, not JavaScript floats; one row more than the
    // page says whether another follows.
    expect(String((calls[0]?.params.mentions as { limit: unknown }).limit)).toBe('21');
  });

  it('group evidence rows by claim', async () => {
    const { db } = fakeDb(() => [
      {
        claimId: 'r1',
        article: { id: 'a1', contentHash: 'h1' },
        sentence: 's',
        quote: 'q',
        start: 0,
        end: 1,
      },
      {
        claimId: 'r1',
        article: { id: 'a2', contentHash: 'h2' },
        sentence: 's',
        quote: 'q',
        start: 2,
        end: 3,
      },
    ]);
    const loaders = createLoaders(db);
    const [r1, r2] = await Promise.all([loaders.evidence.load('r1'), loaders.evidence.load('r2')]);
    expect(r1.map((e) => e.article.id)).toEqual(['a1', 'a2']);
    expect(r2).toEqual([]);
  });
});
