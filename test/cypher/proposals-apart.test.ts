// Proposals are not knowledge: on the real Neo4j, what an ingested article proposes appears in no neighbourhood,
// path, relation list, corroboration or timeline until an editor accepts it, and then it does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoaders } from '../../src/graphql/loaders.js';
import { findNeighbourhood, findPaths } from '../../src/graphql/graph/queries.js';
import { findEvidence } from '../../src/graphql/graph/evidence.js';
import { acceptProposal } from '../../src/graphql/proposal/accept.js';
import { findProposals } from '../../src/graphql/proposal/queries.js';
import { findTimeline, TIMELINE_ITEM_KINDS } from '../../src/graphql/timeline/queries.js';
import { RELATION_TYPES } from '../../src/graph/relation-types.js';
import { createLinker } from '../../src/ingest/linker.js';
import { ingestArticle } from '../../src/ingest/pipeline.js';
import { upsertEntities } from '../../src/ingest/write.js';
import { openTestDb, type TestDb } from '../support/db.js';
import { uniqueSuffix } from '../support/service.js';

let t: TestDb;
const s = uniqueSuffix();
const person = {
  id: `person/proposal-test-${s}`,
  kind: 'Person' as const,
  name: `Arkady Zemlin${s}`,
  aliases: [],
};
const place = {
  id: `place/proposal-test-${s}`,
  kind: 'Place' as const,
  name: `Port Rassvet${s}`,
  aliases: [],
};
let articleId = '';
let proposalIds: string[] = [];

beforeAll(async () => {
  t = await openTestDb();
  await t.db.writeTransaction('test/entities', (tx) => upsertEntities(tx, [person, place]));
  const summary = await ingestArticle(
    { db: t.db, linker: createLinker([person, place]) },
    {
      raw: `Harbour visit ${s}\n\n${person.name} visited ${place.name} on 27 July 2025.`,
      source: `proposals-apart-${s}.txt`,
      meta: {
        file: `proposals-apart-${s}.txt`,
        title: null,
        outlet: null,
        url: null,
        publishedAt: '2025-07-28',
      },
    },
  );
  articleId = summary.articleId;
  proposalIds = summary.proposals.map((p) => p.id);
});

afterAll(async () => {
  await t.query('MATCH (p:Proposal {articleId: $articleId}) DETACH DELETE p', { articleId });
  await t.query(`MATCH (c:Claim) WHERE c.subjectId IN $ids OR c.objectId IN $ids DETACH DELETE c`, {
    ids: [person.id, place.id],
  });
  await t.query('MATCH (n) WHERE (n:Entity OR n:Article) AND n.id IN $ids DETACH DELETE n', {
    ids: [person.id, place.id, articleId],
  });
  await t.close();
});

const view = async () => ({
  neighbourhood: await findNeighbourhood(t.db, {
    id: person.id,
    depth: 2,
    types: RELATION_TYPES,
    kinds: null,
    limit: 50,
  }),
  paths: (
    await findPaths(t.db, {
      from: person.id,
      to: place.id,
      maxHops: 4,
      types: RELATION_TYPES,
      first: 5,
    })
  ).paths,
  timeline: await findTimeline(t.db, {
    id: person.id,
    from: null,
    to: null,
    kinds: TIMELINE_ITEM_KINDS,
    types: RELATION_TYPES,
    first: 20,
    detail: true,
  }),
  edges: Number(
    (await t.query('MATCH (:Entity {id: $id})-[r]-(:Entity) RETURN count(r) AS n', { id: person.id }))[0]?.n,
  ),
});

describe('proposals stay apart until accepted', () => {
  it('the article proposes the visit, dated, and nothing of it is in the graph', async () => {
    const [visit] = await findProposals(t.db, proposalIds);
    expect(visit).toMatchObject({ kind: 'relation', type: 'VISITED', status: 'pending', at: '2025-07-27' });
    const before = await view();
    expect(before.neighbourhood?.nodes.map((n) => n.id)).toEqual([person.id]);
    expect(before.neighbourhood?.edges).toEqual([]);
    expect(before.paths).toEqual([]);
    expect(before.timeline.filter((i) => i.itemKind === 'RELATION')).toEqual([]);
    expect(before.edges).toBe(0);
    // Nothing is attached to the entities: no edge from a Proposal to an Entity exists at all.
    const [attached] = await t.query(
      'MATCH (:Proposal)--(e:Entity) WHERE e.id IN $ids RETURN count(*) AS n',
      { ids: [person.id, place.id] },
    );
    expect(Number(attached?.n)).toBe(0);
  });

  it('once accepted, the visit is a relation with its evidence in neighbourhood, paths and timeline', async () => {
    const [id] = proposalIds;
    const result = await acceptProposal(
      { db: t.db, loaders: createLoaders(t.db), linkerCache: undefined, actor: 'editor' },
      id ?? '',
    );
    const after = await view();
    expect(after.neighbourhood?.nodes.map((n) => n.id).sort()).toEqual([person.id, place.id].sort());
    expect(after.paths.map((p) => p.hops.map((h) => h.relation.type))).toEqual([['VISITED']]);
    expect(after.timeline.filter((i) => i.itemKind === 'RELATION').map((i) => i.date)).toEqual([
      '2025-07-27',
    ]);
    const evidence = await findEvidence(t.db, [result.relationId ?? '']);
    expect(evidence.get(result.relationId ?? '')?.map((e) => e.quote)).toEqual([
      `${person.name} visited ${place.name} on 27 July 2025`,
    ]);
  });
});
