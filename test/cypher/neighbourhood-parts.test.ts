// graph/neighbourhood sends its graph as parts (one record per node, then the edges a hundred per record, so
// that no record outgrows a Bolt chunk): on the real Neo4j, a graph of 151 nodes and 210 edges comes back whole,
// each node and edge once, the centre first, the edges in the statement's order across the batches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../src/graph/relation-types.js';
import { findNeighbourhood } from '../../src/graphql/graph/queries.js';
import { upsertEntities, upsertRelations } from '../../src/ingest/write.js';
import { deleteEntities, openTestDb, type TestDb } from '../support/db.js';
import { uniqueSuffix } from '../support/service.js';

let t: TestDb;
const s = uniqueSuffix();
const PLACES = 150;
const CHAINED = 60;
const centre = `person/parts-centre-${s}`;
const place = (i: number): string => `place/parts-${s}-${String(i).padStart(3, '0')}`;
const ids = [centre, ...Array.from({ length: PLACES }, (_, i) => place(i))];

beforeAll(async () => {
  t = await openTestDb();
  await t.db.writeTransaction('test/neighbourhood-parts', async (tx) => {
    await upsertEntities(tx, [
      { id: centre, kind: 'Person', name: `Parts Centre ${s}`, aliases: [] },
      ...Array.from({ length: PLACES }, (_, i) => ({
        id: place(i),
        kind: 'Place' as const,
        name: `Parts Place ${String(i)} ${s}`,
        aliases: [],
      })),
    ]);
    await upsertRelations(tx, [
      ...Array.from({ length: PLACES }, (_, i) => ({
        id: `rel/parts-${s}-visit-${String(i)}`,
        type: 'VISITED' as const,
        from: centre,
        to: place(i),
        props: { at: '2025-03-01', precision: 'day' },
        evidence: [],
      })),
      ...Array.from({ length: CHAINED }, (_, i) => ({
        id: `rel/parts-${s}-in-${String(i)}`,
        type: 'LOCATED_IN' as const,
        from: place(i),
        to: place(i + 1),
        props: {},
        evidence: [],
      })),
    ]);
  });
});

afterAll(async () => {
  await t.query('MATCH (c:Claim) WHERE c.subjectId IN $ids OR c.objectId IN $ids DETACH DELETE c', { ids });
  await deleteEntities(t, ids);
  await t.close();
});

const neighbourhood = (limit: number, detail = { nodes: true, edges: true }) =>
  findNeighbourhood(t.db, { id: centre, depth: 1, types: RELATION_TYPES, kinds: null, limit, detail });

describe('graph/neighbourhood in parts', () => {
  it('returns every node and edge once, the centre first, the edges in order across batches', async () => {
    const graph = await neighbourhood(200);
    expect(graph?.truncated).toBe(false);
    expect(graph?.nodes[0]?.id).toBe(centre);
    expect(new Set(graph?.nodes.map((n) => n.id))).toEqual(new Set(ids));
    expect(graph?.nodes).toHaveLength(ids.length);
    const edges = graph?.edges ?? [];
    expect(edges).toHaveLength(PLACES + CHAINED);
    expect(new Set(edges.map((e) => e.id)).size).toBe(PLACES + CHAINED);
    const key = (e: { type: string; source: string; target: string; id: string }) =>
      [e.type, e.source, e.target, e.id].join('\u0000');
    const sorted = [...edges].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    expect(edges.map((e) => e.id)).toEqual(sorted.map((e) => e.id));
    expect(edges.find((e) => e.type === 'VISITED')).toMatchObject({ source: centre, at: '2025-03-01' });
  });

  it('cuts at the limit: only the nodes kept and the edges among them', async () => {
    const graph = await neighbourhood(50);
    expect(graph?.truncated).toBe(true);
    expect(graph?.nodes).toHaveLength(50);
    const kept = new Set(graph?.nodes.map((n) => n.id));
    expect(graph?.edges.every((e) => kept.has(e.source) && kept.has(e.target))).toBe(true);
    expect(graph?.edges.filter((e) => e.type === 'VISITED')).toHaveLength(49);
  });

  it('ships cards and bare edges when no detail is read', async () => {
    const graph = await neighbourhood(200, { nodes: false, edges: false });
    expect(graph?.nodes).toHaveLength(ids.length);
    expect(graph?.edges).toHaveLength(PLACES + CHAINED);
    expect(graph?.edges[0]?.at).toBeNull();
  });

  it('is null for an unknown centre', async () => {
    expect(
      await findNeighbourhood(t.db, {
        id: `person/no-such-${s}`,
        depth: 2,
        types: RELATION_TYPES,
        kinds: null,
        limit: 10,
      }),
    ).toBeNull();
  });
});
