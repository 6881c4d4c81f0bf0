// The timeline statements ship a relationship's ends and an event as cards (id, kind, name) unless the request
// reads more of them ($detail): on the real Neo4j, with entities of this test's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../src/graph/relation-types.js';
import { findTimeline, TIMELINE_ITEM_KINDS } from '../../src/graphql/timeline/queries.js';
import { openTestDb, type TestDb } from '../support/db.js';
import { uniqueSuffix } from '../support/service.js';

let t: TestDb;
const s = uniqueSuffix();
const ids = [`person/timeline-cards-a-${s}`, `person/timeline-cards-b-${s}`];

beforeAll(async () => {
  t = await openTestDb();
  await t.query(
    `CREATE (a:Entity:Person {id: $a, kind: 'Person', name: 'Ilya Vorontsov' + $s, aliases: ['I. Vorontsov'],
                              description: 'a test envoy', nationality: 'Russian'})
     CREATE (b:Entity:Person {id: $b, kind: 'Person', name: 'Mikhail Dorin' + $s, aliases: ['M. Dorin'],
                              description: 'a test minister'})
     CREATE (a)-[:MET {id: 'rel/timeline-cards-' + $s, at: '2025-03-04', precision: 'day'}]->(b)`,
    { a: ids[0], b: ids[1], s },
  );
});

afterAll(async () => {
  await t.query('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids });
  await t.close();
});

const timelineOf = (detail: boolean) =>
  findTimeline(t.db, {
    id: ids[0] ?? '',
    from: null,
    to: null,
    kinds: TIMELINE_ITEM_KINDS,
    types: RELATION_TYPES,
    first: 10,
    detail,
  });

describe('timeline/entity and $detail', () => {
  it('ships whole ends with detail, cards without: the same items, names and order', async () => {
    const [whole, cards] = [await timelineOf(true), await timelineOf(false)];
    expect(whole.map((i) => i.summary)).toEqual([`Ilya Vorontsov${s} met Mikhail Dorin${s}`]);
    expect(cards.map((i) => i.summary)).toEqual(whole.map((i) => i.summary));
    const [w] = whole;
    const [c] = cards;
    if (w?.itemKind !== 'RELATION' || c?.itemKind !== 'RELATION') throw new Error('expected a relation item');
    expect(w.relation.subject).toMatchObject({
      id: ids[0],
      aliases: ['I. Vorontsov'],
      description: 'a test envoy',
      nationality: 'Russian',
    });
    expect(w.relation.object).toMatchObject({ id: ids[1], aliases: ['M. Dorin'] });
    expect(c.relation.subject).toMatchObject({ id: ids[0], kind: 'Person', name: `Ilya Vorontsov${s}` });
    expect(c.relation.subject).toMatchObject({ aliases: [], description: null, nationality: null });
    expect(c.relation.object).toMatchObject({ id: ids[1], aliases: [], description: null });
  });
});
