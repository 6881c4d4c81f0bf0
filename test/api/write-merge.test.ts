// mergeEntities and undoMerge over real HTTP: everything attached to the merged entity moves in one
// transaction and is recorded; repeating a merge returns its record; an undo puts back exactly what moved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { graphSize, openTestDb, removeArticles, type TestDb } from '../support/db.js';
import {
  READER_KEY,
  asEditor,
  createEntity,
  gql,
  startTestService,
  uniqueSuffix,
} from '../support/service.js';

let service: RunningService;
let t: TestDb;
const s = uniqueSuffix();
const KEEP = `Ilya Brakovsky${s}`;
const MERGE = `Ilja Brakovski${s}`;
const PORT = `Port Rassvet${s}`;
const ORG = `Kalmar Freight${s}`;
const ids = { keep: '', merge: '', port: '', org: '', other: '', article: '' };
const own = {
  statement: `stmt/merge-test-${s}`,
  fact: `fact/merge-test-${s}`,
  candidate: `candidate/merge-test-${s}`,
};
const relationIds: string[] = [];
const recordIds: string[] = [];

const create = (input: Record<string, unknown>): Promise<string> => createEntity(service.url, input);

async function relate(type: string, subjectId: string, objectId: string, quote: string): Promise<void> {
  const res = await gql<{ addRelation: { id: string } }>(
    service.url,
    'mutation($input: AddRelationInput!) { addRelation(input: $input) { id } }',
    { input: { type, subjectId, objectId, evidence: [{ articleId: ids.article, quote }] } },
    asEditor,
  );
  const id = res.body.data?.addRelation.id;
  if (!id) throw new Error(JSON.stringify(res.body.errors));
  relationIds.push(id);
}

beforeAll(async () => {
  service = await startTestService();
  t = await openTestDb();
  ids.keep = await create({ kind: 'PERSON', name: KEEP, nationality: 'Russian' });
  ids.merge = await create({
    kind: 'PERSON',
    name: MERGE,
    aliases: [`I. Brakovski${s}`],
    description: 'Duplicate',
  });
  ids.port = await create({ kind: 'PLACE', name: PORT, placeType: 'CITY' });
  ids.org = await create({ kind: 'ORGANISATION', name: ORG, orgType: 'COMPANY' });
  ids.other = await create({ kind: 'PERSON', name: `Yuri Other${s}` });
  const text = [
    `Port visit and freight talks ${s}`,
    '',
    `${KEEP} met officials in ${PORT} on Monday.`,
    `Later, ${MERGE} toured the ${PORT} ferry terminal with ${ORG} staff.`,
    `"The port will open in spring," ${MERGE} said.`,
  ].join('\n');
  const ingest = await gql<{ ingestArticle: { article: { id: string } } }>(
    service.url,
    'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }',
    { input: { text, source: `merge-${s}.txt` } },
    asEditor,
  );
  const articleId = ingest.body.data?.ingestArticle.article.id;
  if (!articleId) throw new Error(JSON.stringify(ingest.body.errors));
  ids.article = articleId;

  await relate('VISITED', ids.merge, ids.port, `${MERGE} toured the ${PORT} ferry terminal`);
  await relate('MET', ids.keep, ids.merge, `${KEEP} met officials`);
  await relate('COOPERATES_WITH', ids.org, ids.merge, `with ${ORG} staff`);
  // What the API cannot create, written directly: a statement by and about the merged entity, a fact claim
  // about it, a candidate resolved to it, and a mention the kept entity has at the same place as one of its.
  await t.query(
    `MATCH (m:Entity {id: $merge}), (k:Entity {id: $keep}), (a:Article {id: $article})
     CREATE (st:Statement {id: $statement, quote: 'The port will open in spring', sentence: 'x', start: 0, end: 1})
     CREATE (st)-[:SAID_BY]->(m), (st)-[:ABOUT]->(m), (st)-[:REPORTED_IN]->(a)
     CREATE (f:Claim:Fact {id: $fact, subjectId: $merge, property: 'nationality', value: 'Russian', valueText: 'Russian'})
     CREATE (f)-[:ABOUT]->(m)
     CREATE (:Candidate {id: $candidate, key: $candidate, name: $mergeName, status: 'alias', resolvedToId: $merge})
     WITH k, a, m
     MATCH (m)-[mm:MENTIONED_IN]->(a)
     WITH k, a, mm ORDER BY mm.start LIMIT 1
     CREATE (k)-[dup:MENTIONED_IN]->(a)
     SET dup = properties(mm), dup.surface = 'shared span'`,
    { ...ids, ...own, mergeName: MERGE },
  );
});

afterAll(async () => {
  const entityIds = [ids.keep, ids.merge, ids.port, ids.org, ids.other];
  await removeArticles(t, [ids.article]);
  await t.query(
    `MATCH (n) WHERE (n:Entity AND n.id IN $entityIds) OR (n:Article AND n.id = $article)
       OR (n:Claim AND n.id IN $claims) OR (n:Statement AND n.id = $statement) OR (n:Candidate AND n.id = $candidate)
       OR (n:MergeRecord AND n.id IN $records)
     DETACH DELETE n`,
    { entityIds, article: ids.article, claims: [...relationIds, own.fact], ...own, records: recordIds },
  );
  await t.close();
  await service.stop();
});

const MERGE_MUTATION = /* GraphQL */ `
  mutation Merge($keep: ID!, $merge: ID!, $reason: String) {
    mergeEntities(keep: $keep, merge: $merge, reason: $reason) {
      id
      kept {
        id
        name
        aliases
      }
      mergedId
      mergedName
      mergedAt
      mergedBy
      reason
      movedMentions
      movedRelations
      aliasesAdded
      undoneAt
    }
  }
`;
const UNDO = /* GraphQL */ `
  mutation Undo($id: ID!) {
    undoMerge(mergeId: $id) {
      id
      mergedId
      kept {
        id
        aliases
      }
      undoneAt
    }
  }
`;

interface RecordData {
  id: string;
  kept: { id: string; name: string; aliases: string[] };
  mergedId: string;
  mergedName: string;
  mergedAt: string;
  mergedBy: string | null;
  reason: string | null;
  movedMentions: number;
  movedRelations: number;
  aliasesAdded: string[];
  undoneAt: string | null;
}

async function merge(keep: string, mergeId: string, headers: Record<string, string> = asEditor) {
  const res = await gql<{ mergeEntities: RecordData | null }>(
    service.url,
    MERGE_MUTATION,
    { keep, merge: mergeId, reason: 'same person, two spellings' },
    headers,
  );
  const record = res.body.data?.mergeEntities;
  if (record && !recordIds.includes(record.id)) recordIds.push(record.id);
  return { res, record };
}

const undo = (id: string) =>
  gql<{
    undoMerge: {
      id: string;
      mergedId: string;
      kept: { id: string; aliases: string[] };
      undoneAt: string | null;
    } | null;
  }>(service.url, UNDO, { id }, asEditor);

const sortJson = (list: unknown): unknown[] =>
  (list as unknown[])
    .map((x) => JSON.stringify(x))
    .sort()
    .map((x) => JSON.parse(x) as unknown);

/** Everything about the given entities a merge touches, in a comparable form (timestamps of edits left out). */
async function fingerprint(entityIds: string[]): Promise<unknown> {
  const entities = await t.query(
    `MATCH (e:Entity) WHERE e.id IN $entityIds
     RETURN e.id AS id, labels(e) AS labels, properties(e) AS props,
       [(e)-[m:MENTIONED_IN]->(a:Article) | {article: a.id, props: properties(m)}] AS mentions,
       [(e)-[r]->(o:Entity) | {type: type(r), to: o.id, props: properties(r)}] AS out,
       [(o:Entity)-[r]->(e) | {type: type(r), from: o.id, props: properties(r)}] AS in,
       [(x)-[r:SAID_BY|ABOUT]->(e) | {type: type(r), from: x.id}] AS attached
     ORDER BY id`,
    { entityIds },
  );
  const claims = await t.query(
    `MATCH (c:Claim) WHERE c.id IN $claimIds
     RETURN c.id AS id, properties(c) AS props,
       [(c)-[e:EVIDENCED_BY]->(a:Article) | {article: a.id, props: properties(e)}] AS evidence
     ORDER BY id`,
    { claimIds: [...relationIds, own.fact] },
  );
  const candidates = await t.query('MATCH (c:Candidate {id: $id}) RETURN c.resolvedToId AS resolvedToId', {
    id: own.candidate,
  });
  return {
    entities: entities.map((e) => {
      const props = { ...(e.props as Record<string, unknown>) };
      delete props.updatedAt;
      return {
        ...e,
        props,
        labels: sortJson(e.labels),
        mentions: sortJson(e.mentions),
        out: sortJson(e.out),
        in: sortJson(e.in),
        attached: sortJson(e.attached),
      };
    }),
    claims,
    candidates,
  };
}

describe('mergeEntities and undoMerge', () => {
  it('moves everything onto the kept entity, records it, and an undo restores it exactly', async () => {
    const before = await fingerprint([ids.keep, ids.merge, ids.port, ids.org]);
    const countsBefore = await graphSize(t);
    const mentionCount = async (id: string): Promise<number> => {
      const [row] = await t.query('MATCH (:Entity {id: $id})-[m:MENTIONED_IN]->() RETURN count(m) AS n', {
        id,
      });
      return Number(row?.n);
    };
    const keptMentions = await mentionCount(ids.keep);
    const mergedMentions = await mentionCount(ids.merge);

    const { res, record } = await merge(ids.keep, ids.merge);
    expect(res.body.errors).toBeUndefined();
    expect(record?.id).toMatch(/^merge\/[0-9a-f]{16}$/);
    expect(record).toMatchObject({
      kept: { id: ids.keep, name: KEEP },
      mergedId: ids.merge,
      mergedName: MERGE,
      mergedBy: 'editor',
      reason: 'same person, two spellings',
      movedMentions: mergedMentions,
      // VISITED and COOPERATES_WITH move; MET, between the two, would be a self-loop and is dropped.
      movedRelations: 2,
      undoneAt: null,
    });
    expect(mergedMentions).toBe(2);
    expect(new Date(record?.mergedAt ?? '').getTime()).toBeGreaterThan(0);
    expect(record?.aliasesAdded).toEqual([MERGE, `I. Brakovski${s}`]);
    expect(record?.kept.aliases).toEqual([KEEP, MERGE, `I. Brakovski${s}`]);

    // The merged entity is gone; the API says so with NOT_FOUND.
    const gone = await gql(service.url, 'query($id: ID!) { entity(id: $id) { id } }', { id: ids.merge });
    expect(gone.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', id: ids.merge });

    // Everything moved, with the relationships' types, properties and claims' ends.
    const [kept] = await t.query(
      `MATCH (k:Entity {id: $keep})
       RETURN COUNT { (k)-[:MENTIONED_IN]->() } AS mentions,
              [(k)-[r]->(o:Entity) | type(r) + '>' + o.id] AS out,
              [(o:Entity)-[r]->(k) | o.id + '>' + type(r)] AS in,
              [(x)-[r:SAID_BY|ABOUT]->(k) | type(r) + ':' + x.id] AS attached,
              COLLECT { MATCH (c:Claim) WHERE c.id IN $claims RETURN [c.id, c.subjectId, c.objectId] } AS claims,
              COLLECT { MATCH (c:Candidate {id: $candidate}) RETURN c.resolvedToId } AS candidates`,
      { keep: ids.keep, claims: [...relationIds, own.fact], candidate: own.candidate },
    );
    expect(kept?.out).toEqual([`VISITED>${ids.port}`]);
    expect(kept?.in).toEqual([`${ids.org}>COOPERATES_WITH`]);
    expect(kept?.attached).toEqual(
      expect.arrayContaining([`SAID_BY:${own.statement}`, `ABOUT:${own.statement}`, `ABOUT:${own.fact}`]),
    );
    // One of the merged mentions was at the same place as the kept entity's own: it is not doubled.
    expect(Number(kept?.mentions)).toBe(keptMentions + mergedMentions - 1);
    // The MET claim went with its relationship; the others point at the kept entity.
    expect((kept?.claims as string[][]).map((c) => c[0]).sort()).toEqual(
      [relationIds[0], relationIds[2], own.fact].sort(),
    );
    for (const claim of kept?.claims as string[][]) {
      expect(
        claim.slice(1).every((end) => end !== ids.merge),
        claim.join(' '),
      ).toBe(true);
    }
    expect(kept?.candidates).toEqual([ids.keep]);

    // The audit record holds a snapshot of the merged entity and the list of what moved.
    const [stored] = await t.query(
      'MATCH (r:MergeRecord {id: $id}) RETURN r.snapshot AS snapshot, r.moved AS moved',
      {
        id: record?.id,
      },
    );
    const snapshot = JSON.parse(String(stored?.snapshot)) as { labels: string[]; properties: { id: string } };
    expect(snapshot.labels.sort()).toEqual(['Entity', 'Person']);
    expect(snapshot.properties.id).toBe(ids.merge);
    const moved = JSON.parse(String(stored?.moved)) as {
      mentions: { created: boolean }[];
      relations: unknown[];
      dropped: { id: string; type: string; claim: { evidence: unknown[] } }[];
    };
    expect(moved.mentions.filter((m) => !m.created)).toHaveLength(1);
    expect(moved.relations).toHaveLength(2);
    expect(moved.dropped).toMatchObject([{ id: relationIds[1], type: 'MET', claim: { evidence: [{}] } }]);

    // The same merge again returns the same record and changes nothing.
    const countsMerged = await graphSize(t);
    const again = await merge(ids.keep, ids.merge);
    expect(again.record?.id).toBe(record?.id);
    expect(await graphSize(t)).toEqual(countsMerged);

    // Undo: the merged entity is back with its names, mentions, relationships, statements, facts, candidates.
    const undone = await undo(record?.id ?? '');
    expect(undone.body.errors).toBeUndefined();
    expect(undone.body.data?.undoMerge).toMatchObject({
      id: record?.id,
      mergedId: ids.merge,
      kept: { aliases: [KEEP] },
    });
    expect(undone.body.data?.undoMerge?.undoneAt).toEqual(expect.any(String));
    expect(await fingerprint([ids.keep, ids.merge, ids.port, ids.org])).toEqual(before);
    // Nothing else changed: the same graph plus the audit record.
    expect(await graphSize(t)).toEqual({
      nodes: countsBefore.nodes + 1,
      relationships: countsBefore.relationships,
    });

    const readBack = await gql<{ entity: { id: string; mentions: { totalCount: number } } }>(
      service.url,
      'query($id: ID!) { entity(id: $id) { id mentions(first: 5) { totalCount } } }',
      { id: ids.merge },
    );
    expect(readBack.body.data?.entity.mentions.totalCount).toBe(mergedMentions);

    // Undone twice: a CONFLICT that says when, and nothing changes.
    const countsUndone = await graphSize(t);
    const twice = await undo(record?.id ?? '');
    expect(twice.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(twice.body.errors?.[0]?.message).toMatch(/already undone at/);
    expect(await graphSize(t)).toEqual(countsUndone);
  });

  it('refuses an undo while the kept entity has itself been merged away, until that merge is undone', async () => {
    const first = await merge(ids.keep, ids.merge);
    const second = await merge(ids.other, ids.keep);
    expect(second.res.body.errors).toBeUndefined();
    const countsNow = await graphSize(t);
    const blocked = await undo(first.record?.id ?? '');
    expect(blocked.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(blocked.body.errors?.[0]?.message).toContain(second.record?.id ?? '?');
    expect(await graphSize(t)).toEqual(countsNow);

    expect((await undo(second.record?.id ?? '')).body.errors).toBeUndefined();
    expect((await undo(first.record?.id ?? '')).body.errors).toBeUndefined();
    const [both] = await t.query('MATCH (e:Entity) WHERE e.id IN $ids RETURN count(e) AS n', {
      ids: [ids.keep, ids.merge, ids.other],
    });
    expect(Number(both?.n)).toBe(3);
  });

  it('refuses merges it cannot make, changing nothing', async () => {
    const before = await graphSize(t);
    const cases: [string, string, string, RegExp][] = [
      [ids.keep, ids.keep, 'BAD_USER_INPUT', /two different entities/],
      [ids.keep, ids.port, 'BAD_USER_INPUT', /same kind/],
      [ids.keep, `person/no-such-${s}`, 'NOT_FOUND', /no-such/],
      [`person/no-such-${s}`, ids.merge, 'NOT_FOUND', /no-such/],
    ];
    for (const [keep, mergeId, code, message] of cases) {
      const { res } = await merge(keep, mergeId);
      expect(res.body.errors?.[0]?.extensions?.code, `${keep} ← ${mergeId}`).toBe(code);
      expect(res.body.errors?.[0]?.message).toMatch(message);
    }
    const unknownUndo = await undo(`merge/no-such-${s}`);
    expect(unknownUndo.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await graphSize(t)).toEqual(before);
  });

  it('refuses non-editors before anything runs', async () => {
    const before = await graphSize(t);
    const anonymous = await merge(ids.keep, ids.merge, {});
    expect(anonymous.res.status).toBe(401);
    expect(anonymous.res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await merge(ids.keep, ids.merge, { 'x-api-key': READER_KEY });
    expect(reader.res.status).toBe(403);
    expect(reader.res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const readerUndo = await gql(service.url, UNDO, { id: 'merge/anything' }, { 'x-api-key': READER_KEY });
    expect(readerUndo.status).toBe(403);
    expect(await graphSize(t)).toEqual(before);
  });
});
