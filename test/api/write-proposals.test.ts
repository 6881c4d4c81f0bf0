// The review queue over real HTTP: ingestion proposes relations, statements and facts with evidence; editors
// list, accept and reject them; readers and anonymous callers cannot see the queue. Each test owns its names
// (a random suffix) and the articles it ingests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { openTestDb, type TestDb } from '../support/db.js';
import {
  asEditor,
  asReader,
  createEntity,
  errorCodes,
  gql,
  startTestService,
  uniqueSuffix,
} from '../support/service.js';

let service: RunningService;
let t: TestDb;
const s = uniqueSuffix();
const MINISTER = `Arkady Zemlin${s}`;
const COUNTRY = `Norland${s}`;
const PORT = `Port Rassvet${s}`;
const HARBOUR = `Novaya Gavan${s}`;
const PREMIER = `Mira Oduya${s}`;
const ids = { minister: '', country: '', port: '', harbour: '' };
const articles: string[] = [];

const PROPOSAL = /* GraphQL */ `
  fragment P on Proposal {
    id
    kind
    status
    rule
    confidence
    type
    role
    quote
    quoteMode
    property
    value
    resultId
    reason
    subject {
      name
      kind
      entity {
        id
      }
      candidate {
        id
        status
      }
      described {
        sort
        links {
          type
          direction
          end {
            name
          }
        }
      }
    }
    object {
      name
      kind
      entity {
        id
      }
      candidate {
        id
      }
    }
    evidence {
      quote
      start
      end
      sentence
      article {
        id
        text
      }
    }
  }
`;
interface End {
  name: string;
  kind: string;
  entity: { id: string } | null;
  candidate: { id: string; status?: string } | null;
  described?: { sort: string; links: { type: string; direction: string; end: { name: string } }[] } | null;
}
interface Proposal {
  id: string;
  kind: string;
  status: string;
  rule: string;
  confidence: number;
  type: string | null;
  role: string | null;
  quote: string | null;
  quoteMode: string | null;
  property: string | null;
  value: string | null;
  resultId: string | null;
  reason: string | null;
  subject: End;
  object: End | null;
  evidence: {
    quote: string;
    start: number;
    end: number;
    sentence: string;
    article: { id: string; text: string };
  };
}

async function ingest(title: string, body: string): Promise<{ articleId: string; proposals: Proposal[] }> {
  const res = await gql<{ ingestArticle: { article: { id: string }; proposals: Proposal[] } }>(
    service.url,
    `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } proposals { ...P } } } ${PROPOSAL}`,
    {
      input: { text: `${title} ${s}\n\n${body}`, source: `proposals-${title.replace(/\W+/g, '-')}-${s}.txt` },
    },
    asEditor,
  );
  const data = res.body.data?.ingestArticle;
  if (!data) throw new Error(JSON.stringify(res.body.errors));
  articles.push(data.article.id);
  return { articleId: data.article.id, proposals: data.proposals };
}

const QUEUE = /* GraphQL */ `
  query ($filter: ProposalFilter, $first: PositiveInt, $after: String) {
    proposals(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        cursor
        node {
          ...P
        }
      }
    }
  }
  ${PROPOSAL}
`;
type Queue = {
  proposals: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: { node: Proposal }[];
  };
};

const ACCEPT = /* GraphQL */ `
  mutation ($id: ID!) {
    acceptProposal(id: $id) {
      proposal {
        ...P
      }
      relation {
        id
        type
        subject {
          id
        }
        object {
          id
        }
        evidence {
          quote
          article {
            id
          }
        }
        corroboration {
          articles
        }
      }
      statement {
        id
        quote
        speaker {
          id
        }
      }
      fact {
        id
        property
        value
      }
      created {
        id
        name
        __typename
      }
    }
  }
  ${PROPOSAL}
`;
interface Acceptance {
  proposal: Proposal;
  relation: {
    id: string;
    type: string;
    subject: { id: string };
    object: { id: string };
    evidence: { quote: string; article: { id: string } }[];
    corroboration: { articles: number };
  } | null;
  statement: { id: string; quote: string; speaker: { id: string } } | null;
  fact: { id: string; property: string; value: string } | null;
  created: { id: string; name: string; __typename: string }[];
}
const accept = (id: string, headers: Record<string, string> = asEditor) =>
  gql<{ acceptProposal: Acceptance }>(service.url, ACCEPT, { id }, headers);

const find = (list: Proposal[], pred: (p: Proposal) => boolean): Proposal => {
  const found = list.find(pred);
  if (!found)
    throw new Error(
      `no such proposal among ${JSON.stringify(list.map((p) => [p.rule, p.subject.name, p.object?.name]))}`,
    );
  return found;
};

let first: { articleId: string; proposals: Proposal[] };
const FIRST_BODY = [
  `On Monday, ${MINISTER}, ${COUNTRY}’s Minister of Transport, arrived in ${PORT}.`,
  `${MINISTER} held talks with Premier ${PREMIER} on the ferry timetable.`,
  `Flights between ${PORT} and ${HARBOUR} run once a week.`,
  `“The link will grow,” ${MINISTER} said.`,
].join(' ');

beforeAll(async () => {
  service = await startTestService();
  t = await openTestDb();
  ids.minister = await createEntity(service.url, { kind: 'PERSON', name: MINISTER });
  ids.country = await createEntity(service.url, { kind: 'PLACE', name: COUNTRY, placeType: 'COUNTRY' });
  ids.port = await createEntity(service.url, { kind: 'PLACE', name: PORT, placeType: 'CITY' });
  ids.harbour = await createEntity(service.url, { kind: 'PLACE', name: HARBOUR, placeType: 'CITY' });
  first = await ingest('Ferry talks', FIRST_BODY);
});

afterAll(async () => {
  await t.query(`MATCH (p:Proposal) WHERE p.articleId IN $articles DETACH DELETE p`, { articles });
  await t.query(
    `MATCH (a:Article) WHERE a.id IN $articles
     OPTIONAL MATCH (c:Candidate)-[:PROPOSED_IN]->(a)
     WHERE NOT EXISTS { (c)-[:PROPOSED_IN]->(o:Article) WHERE NOT o.id IN $articles }
     OPTIONAL MATCH (st:Statement)-[:REPORTED_IN]->(a)
     DETACH DELETE c, st, a`,
    { articles },
  );
  // The entities it created, and those accepting made (named with the suffix): with their claims.
  await t.query(
    `MATCH (e:Entity) WHERE e.id IN $ids OR e.name CONTAINS $s
     OPTIONAL MATCH (c:Claim) WHERE c.subjectId = e.id OR c.objectId = e.id
     DETACH DELETE c, e`,
    { ids: Object.values(ids), s },
  );
  await t.close();
  await service.stop();
});

describe('ingestArticle proposes with evidence', () => {
  it('returns relations, statements and facts, each with its rule, confidence and a quote from the article', () => {
    const office = find(first.proposals, (p) => p.type === 'HOLDS_OFFICE');
    expect(office).toMatchObject({
      kind: 'RELATION',
      status: 'PENDING',
      role: 'Minister of Transport',
      subject: { entity: { id: ids.minister } },
      object: { entity: { id: ids.country } },
    });
    expect(find(first.proposals, (p) => p.type === 'VISITED').object?.entity?.id).toBe(ids.port);
    const statement = find(first.proposals, (p) => p.kind === 'STATEMENT');
    expect(statement).toMatchObject({
      quote: 'The link will grow',
      quoteMode: 'DIRECT',
      subject: { entity: { id: ids.minister } },
    });
    const fact = find(first.proposals, (p) => p.kind === 'FACT');
    expect(fact).toMatchObject({ property: 'frequency', value: 'once a week', subject: { kind: 'ROUTE' } });
    for (const p of first.proposals) {
      expect(p.rule).toMatch(/^[a-z]+\.[a-z-]+/);
      expect(p.confidence).toBeGreaterThan(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
      expect(p.evidence.article.text.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.quote);
      expect(p.evidence.sentence).toContain(p.evidence.quote.slice(0, 20));
    }
  });

  it('writes nothing new when the same article is ingested again', async () => {
    const count = async () =>
      Number(
        (
          await t.query('MATCH (p:Proposal {articleId: $id}) RETURN count(p) AS n', { id: first.articleId })
        )[0]?.n,
      );
    expect(await count()).toBe(first.proposals.length);
    const again = await ingest('Ferry talks', FIRST_BODY);
    expect(again.articleId).toBe(first.articleId);
    expect(again.proposals.map((p) => p.id).sort()).toEqual(first.proposals.map((p) => p.id).sort());
    expect(await count()).toBe(first.proposals.length);
  });
});

describe('Query.proposals (the review queue)', () => {
  it('is for editors: readers get FORBIDDEN, anonymous callers UNAUTHENTICATED, and nothing is listed', async () => {
    const reader = await gql<Queue>(service.url, QUEUE, {}, asReader);
    expect(errorCodes(reader)).toEqual(['FORBIDDEN']);
    expect(reader.body.data ?? null).toBeNull();
    expect(errorCodes(await gql<Queue>(service.url, QUEUE, {}))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await accept(first.proposals[0]?.id ?? '', asReader))).toEqual(['FORBIDDEN']);
  });

  it('lists an article’s proposals highest confidence first, in keyset pages that cover each exactly once', async () => {
    const seen: Proposal[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 20; page += 1) {
      const res: Awaited<ReturnType<typeof gql<Queue>>> = await gql<Queue>(
        service.url,
        QUEUE,
        { filter: { article: first.articleId }, first: 2, after },
        asEditor,
      );
      expect(res.body.errors).toBeUndefined();
      const data = res.body.data?.proposals;
      if (!data) throw new Error('no page');
      total = data.totalCount;
      expect(data.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...data.edges.map((e) => e.node));
      if (!data.pageInfo.hasNextPage) break;
      after = data.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((p) => p.id)).size).toBe(total);
    expect(seen.map((p) => p.id).sort()).toEqual(first.proposals.map((p) => p.id).sort());
    const confidences = seen.map((p) => p.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  });

  it('filters by entity, type, kind and confidence, and refuses a bad cursor or confidence', async () => {
    const list = async (filter: Record<string, unknown>) =>
      (
        await gql<Queue>(
          service.url,
          QUEUE,
          { filter: { article: first.articleId, ...filter }, first: 50 },
          asEditor,
        )
      ).body.data?.proposals.edges.map((e) => e.node) ?? [];
    const byEntity = await list({ entity: ids.port });
    expect(byEntity.length).toBeGreaterThan(0);
    for (const p of byEntity) expect([p.subject.entity?.id, p.object?.entity?.id]).toContain(ids.port);
    expect((await list({ type: 'HOLDS_OFFICE' })).map((p) => p.type)).toEqual(['HOLDS_OFFICE']);
    expect((await list({ kind: 'STATEMENT' })).every((p) => p.kind === 'STATEMENT')).toBe(true);
    expect((await list({ minConfidence: 0.99 })).length).toBe(0);
    expect(errorCodes(await gql(service.url, QUEUE, { after: 'nope' }, asEditor))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await gql(service.url, QUEUE, { filter: { minConfidence: 2 } }, asEditor))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

describe('acceptProposal and rejectProposal', () => {
  it('accepts a relation into the graph with its evidence, idempotently', async () => {
    const visited = find(first.proposals, (p) => p.type === 'VISITED');
    const res = await accept(visited.id);
    expect(res.body.errors).toBeUndefined();
    const a = res.body.data?.acceptProposal;
    expect(a?.proposal.status).toBe('ACCEPTED');
    expect(a?.relation).toMatchObject({
      type: 'VISITED',
      subject: { id: ids.minister },
      object: { id: ids.port },
    });
    expect(a?.relation?.evidence.map((e) => e.quote)).toEqual([visited.evidence.quote]);
    const again = await accept(visited.id);
    expect(again.body.data?.acceptProposal.relation?.id).toBe(a?.relation?.id);
    expect(again.body.data?.acceptProposal.relation?.evidence).toHaveLength(1);
    // Accepted proposals leave the pending queue.
    const pending = await gql<Queue>(
      service.url,
      QUEUE,
      { filter: { article: first.articleId }, first: 50 },
      asEditor,
    );
    expect(pending.body.data?.proposals.edges.map((e) => e.node.id)).not.toContain(visited.id);
  });

  it('accepts onto the kept entity when an end was merged away after the proposal was made', async () => {
    const traveller = `Pavel Korin${s}`;
    const travellerId = await createEntity(service.url, { kind: 'PERSON', name: traveller });
    const { proposals } = await ingest('Harbour visit', `${traveller} arrived in ${HARBOUR} on Tuesday.`);
    const visited = find(proposals, (p) => p.type === 'VISITED' && p.subject.entity?.id === travellerId);
    const merged = await gql<{ mergeEntities: { __typename: string } }>(
      service.url,
      `mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { __typename } }`,
      { keep: ids.minister, merge: travellerId },
      asEditor,
    );
    expect(merged.body.errors).toBeUndefined();
    const res = await accept(visited.id);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.acceptProposal.relation).toMatchObject({
      type: 'VISITED',
      subject: { id: ids.minister },
      object: { id: ids.harbour },
    });
  });

  it('adds the evidence to a relation addRelation already made (same id), as corroboration', async () => {
    const office = find(first.proposals, (p) => p.type === 'HOLDS_OFFICE');
    const other = await ingest(
      'Cabinet list',
      `${MINISTER}, ${COUNTRY}’s Minister of Transport, chaired the meeting.`,
    );
    const added = await gql<{ addRelation: { id: string } }>(
      service.url,
      'mutation($input: AddRelationInput!) { addRelation(input: $input) { id } }',
      {
        input: {
          type: 'HOLDS_OFFICE',
          subjectId: ids.minister,
          objectId: ids.country,
          role: 'Minister of Transport',
          evidence: [
            { articleId: other.articleId, quote: `${MINISTER}, ${COUNTRY}’s Minister of Transport` },
          ],
        },
      },
      asEditor,
    );
    const relationId = added.body.data?.addRelation.id;
    expect(relationId).toBeDefined();
    const res = await accept(office.id);
    expect(res.body.errors).toBeUndefined();
    const relation = res.body.data?.acceptProposal.relation;
    expect(relation?.id).toBe(relationId);
    expect(relation?.evidence.map((e) => e.article.id).sort()).toEqual(
      [first.articleId, other.articleId].sort(),
    );
    expect(relation?.corroboration.articles).toBe(2);
  });

  it('resolves a candidate end into a new entity first', async () => {
    const met = find(first.proposals, (p) => p.type === 'MET');
    expect(met.object?.candidate).not.toBeNull();
    expect(met.object?.entity).toBeNull();
    const res = await accept(met.id);
    expect(res.body.errors).toBeUndefined();
    const a = res.body.data?.acceptProposal;
    expect(a?.created.map((e) => [e.name, e.__typename])).toEqual([[PREMIER, 'Person']]);
    expect(a?.relation?.object.id).toBe(a?.created[0]?.id);
    const candidate = await gql<{ proposals: Queue['proposals'] }>(
      service.url,
      QUEUE,
      { filter: { article: first.articleId, status: 'ACCEPTED' }, first: 50 },
      asEditor,
    );
    const stored = candidate.body.data?.proposals.edges.find((e) => e.node.id === met.id)?.node;
    expect(stored?.object?.candidate?.id).toBe(met.object?.candidate?.id);
    const [row] = await t.query(
      'MATCH (c:Candidate {id: $id}) RETURN c.status AS status, c.resolvedToId AS to',
      { id: met.object?.candidate?.id },
    );
    expect(row).toEqual({ status: 'new_entity', to: a?.created[0]?.id });
  });

  it('says why not when a candidate end was resolved as something the relation cannot connect', async () => {
    const later = await ingest(
      'Second round',
      `${MINISTER} held talks with Premier Olan Brisk${s} in ${PORT}.`,
    );
    const met = find(later.proposals, (p) => p.type === 'MET');
    const candidateId = met.object?.candidate?.id ?? '';
    // An editor decides the name is another spelling of the harbour town: a place cannot be met.
    const resolved = await gql(
      service.url,
      'mutation($c: ID!, $e: ID!) { resolveCandidate(candidateId: $c, asAliasOf: $e) { entity { id } } }',
      { c: candidateId, e: ids.harbour },
      asEditor,
    );
    expect(resolved.body.errors).toBeUndefined();
    const res = await accept(met.id);
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(res.body.errors?.[0]?.message).toMatch(/MET connects .* Place/);
    const [row] = await t.query('MATCH (p:Proposal {id: $id}) RETURN p.status AS status', { id: met.id });
    expect(row?.status).toBe('pending');
  });

  it('accepts a statement with its speaker', async () => {
    const statement = find(first.proposals, (p) => p.kind === 'STATEMENT');
    const a = (await accept(statement.id)).body.data?.acceptProposal;
    expect(a?.statement).toMatchObject({ quote: 'The link will grow', speaker: { id: ids.minister } });
  });

  it('creates a described route once, and a contradicting value becomes a second claim shown by conflicts', async () => {
    const weekly = find(first.proposals, (p) => p.kind === 'FACT');
    const one = (await accept(weekly.id)).body.data?.acceptProposal;
    expect(one?.created.map((e) => e.__typename)).toEqual(['Route']);
    const routeId = one?.created[0]?.id ?? '';
    const later = await ingest(
      'Timetable change',
      `Flights between ${PORT} and ${HARBOUR} now run twice a week.`,
    );
    const twice = find(later.proposals, (p) => p.kind === 'FACT' && p.value === 'twice a week');
    const two = (await accept(twice.id)).body.data?.acceptProposal;
    // The same route, found by its ends: nothing new created.
    expect(two?.created).toEqual([]);
    const conflicts = await gql<{ conflicts: { property: string; values: { value: string }[] }[] }>(
      service.url,
      '{ conflicts(subject: "' + routeId + '") { property values { value } } }',
    );
    expect(conflicts.body.data?.conflicts).toEqual([
      {
        property: 'frequency',
        values: expect.arrayContaining([{ value: 'once a week' }, { value: 'twice a week' }]) as unknown,
      },
    ]);
  });

  it('rejects with a reason; a rejected proposal cannot be accepted, an accepted one cannot be rejected', async () => {
    const later = await ingest('Port visit', `${MINISTER} visited ${HARBOUR} on Friday.`);
    const visit = find(later.proposals, (p) => p.type === 'VISITED');
    const reject = (id: string, reason: string) =>
      gql<{ rejectProposal: Proposal }>(
        service.url,
        `mutation($id: ID!, $reason: NonEmptyString) { rejectProposal(id: $id, reason: $reason) { ...P } } ${PROPOSAL}`,
        { id, reason },
        asEditor,
      );
    const r = await reject(visit.id, 'the visit was cancelled');
    expect(r.body.data?.rejectProposal).toMatchObject({
      status: 'REJECTED',
      reason: 'the visit was cancelled',
    });
    expect((await reject(visit.id, 'again')).body.data?.rejectProposal.reason).toBe(
      'the visit was cancelled',
    );
    expect(errorCodes(await accept(visit.id))).toEqual(['CONFLICT']);
    const accepted = find(first.proposals, (p) => p.type === 'VISITED');
    expect(errorCodes(await reject(accepted.id, 'no'))).toEqual(['CONFLICT']);
    expect(errorCodes(await accept('proposal/0000000000000000'))).toEqual(['NOT_FOUND']);
  });
});
