// addRelation over real HTTP: evidence located in the article, an id derived from what the relationship says
// (so repeating it is harmless), and refusals that leave the graph unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { graphSize, openTestDb, type TestDb } from '../support/db.js';
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
const fixture = { personId: '', placeId: '', articleId: '', text: '' };

const PERSON = `Arkady Zemlin${s}`;
const PLACE = `Port Rassvet${s}`;
const SENTENCE_1 = `${PERSON} visited ${PLACE} on 27 July 2025, the ministry said.`;
const SENTENCE_2 = `During the trip to ${PLACE} he inspected the new ferry terminal.`;

beforeAll(async () => {
  service = await startTestService();
  t = await openTestDb();
  const create = (input: Record<string, unknown>): Promise<string> => createEntity(service.url, input);
  fixture.personId = await create({ kind: 'PERSON', name: PERSON });
  fixture.placeId = await create({ kind: 'PLACE', name: PLACE, placeType: 'CITY' });
  const ingest = await gql<{ ingestArticle: { article: { id: string; text: string } } }>(
    service.url,
    'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id text } } }',
    {
      input: {
        text: `Ferry terminal visit ${s}\n\n${SENTENCE_1} ${SENTENCE_2}`,
        source: `relations-${s}.txt`,
      },
    },
    asEditor,
  );
  const article = ingest.body.data?.ingestArticle.article;
  if (!article) throw new Error(JSON.stringify(ingest.body.errors));
  fixture.articleId = article.id;
  fixture.text = article.text;
});
afterAll(async () => {
  // The article, and the candidates only it proposed (a name other articles also propose stays).
  await t.query(
    `MATCH (a:Article) WHERE a.id IN $articles
     OPTIONAL MATCH (c:Candidate)-[:PROPOSED_IN]->(a)
     WHERE NOT EXISTS { (c)-[:PROPOSED_IN]->(o:Article) WHERE NOT o.id IN $articles }
     DETACH DELETE c, a`,
    { articles: [fixture.articleId] },
  );
  await t.query(`MATCH (c:Claim) WHERE c.subjectId IN $ids OR c.objectId IN $ids DETACH DELETE c`, {
    ids: [fixture.personId, fixture.placeId],
  });
  await t.query('MATCH (n) WHERE (n:Entity OR n:Article) AND n.id IN $ids DETACH DELETE n', {
    ids: [fixture.personId, fixture.placeId, fixture.articleId],
  });
  await t.close();
  await service.stop();
});

const ADD = /* GraphQL */ `
  mutation Add($input: AddRelationInput!) {
    addRelation(input: $input) {
      id
      type
      subject {
        id
      }
      object {
        id
      }
      role
      note
      time {
        at
        start
        end
        precision
      }
      evidence {
        quote
        start
        end
        sentence
        sentenceIndex
        article {
          id
        }
      }
      corroboration {
        articles
        outlets
      }
    }
  }
`;

interface RelationData {
  id: string;
  type: string;
  subject: { id: string };
  object: { id: string };
  role: string | null;
  note: string | null;
  time: { at: string | null; start: string | null; end: string | null; precision: string | null } | null;
  evidence: {
    quote: string;
    start: number;
    end: number;
    sentence: string;
    sentenceIndex: number | null;
    article: { id: string };
  }[];
  corroboration: { articles: number; outlets: number };
}

const add = (input: Record<string, unknown>, headers: Record<string, string> = asEditor) =>
  gql<{ addRelation: RelationData | null }>(service.url, ADD, { input }, headers);

const visit = () => ({
  type: 'VISITED',
  subjectId: fixture.personId,
  objectId: fixture.placeId,
  note: 'first note',
  time: { at: '2025-07-27' },
  evidence: [{ articleId: fixture.articleId, quote: `${PERSON} visited ${PLACE}` }],
});

describe('addRelation', () => {
  it('adds a relationship with its evidence located in the article', async () => {
    const res = await add(visit());
    expect(res.body.errors).toBeUndefined();
    const r = res.body.data?.addRelation;
    expect(r?.id).toMatch(/^rel\/visited-[0-9a-f]{16}$/);
    expect(r).toMatchObject({
      type: 'VISITED',
      subject: { id: fixture.personId },
      object: { id: fixture.placeId },
      note: 'first note',
      time: { at: '2025-07-27', start: null, end: null, precision: 'DAY' },
      corroboration: { articles: 1, outlets: 1 },
    });
    const [evidence] = r?.evidence ?? [];
    expect(evidence?.article.id).toBe(fixture.articleId);
    expect(fixture.text.slice(evidence?.start, evidence?.end)).toBe(`${PERSON} visited ${PLACE}`);
    expect(evidence?.sentence).toBe(SENTENCE_1);
    expect(evidence?.sentenceIndex).toBe(1);

    // It is a typed edge plus a claim with the same id, as the curated relationships are.
    const [row] = await t.query(
      `MATCH (:Entity {id: $from})-[r:VISITED {id: $id}]->(:Entity {id: $to})
       MATCH (c:Claim {id: $id})-[:EVIDENCED_BY]->(:Article {id: $article})
       RETURN c.type AS type, c.subjectId AS subjectId, c.objectId AS objectId`,
      { id: r?.id, from: fixture.personId, to: fixture.placeId, article: fixture.articleId },
    );
    expect(row).toEqual({ type: 'VISITED', subjectId: fixture.personId, objectId: fixture.placeId });
  });

  it('is idempotent: the same relationship again is the same edge, new evidence is added to it', async () => {
    const first = await add(visit());
    const before = await graphSize(t);
    const again = await add(visit());
    expect(again.body.data?.addRelation?.id).toBe(first.body.data?.addRelation?.id);
    expect(await graphSize(t)).toEqual(before);

    const more = await add({
      ...visit(),
      note: 'second note',
      evidence: [
        ...visit().evidence,
        { articleId: fixture.articleId, quote: 'he inspected the new ferry terminal' },
      ],
    });
    expect(more.body.data?.addRelation?.id).toBe(first.body.data?.addRelation?.id);
    expect(more.body.data?.addRelation?.note).toBe('second note');
    expect(more.body.data?.addRelation?.evidence.map((e) => e.sentence)).toEqual([SENTENCE_1, SENTENCE_2]);
    const after = await graphSize(t);
    expect(after).toEqual({ nodes: before.nodes, relationships: before.relationships + 1 });

    // A different time is a different statement of fact: another relationship.
    const later = await add({ ...visit(), time: { at: '2025-08' } });
    expect(later.body.data?.addRelation?.id).not.toBe(first.body.data?.addRelation?.id);
    expect(later.body.data?.addRelation?.time).toMatchObject({ at: '2025-08', precision: 'MONTH' });
  });

  it('refuses what it cannot use, changing nothing', async () => {
    const before = await graphSize(t);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ...visit(), evidence: [] }, 'BAD_USER_INPUT', /at least one piece of evidence/],
      [
        { ...visit(), evidence: [{ articleId: fixture.articleId, quote: 'words never written' }] },
        'BAD_USER_INPUT',
        /does not occur/,
      ],
      [
        { ...visit(), evidence: [{ articleId: 'article/0000000000000000', quote: 'x' }] },
        'NOT_FOUND',
        /article\/0000000000000000/,
      ],
      [{ ...visit(), subjectId: `person/no-such-${s}` }, 'NOT_FOUND', /no-such/],
      [{ ...visit(), objectId: `place/no-such-${s}` }, 'NOT_FOUND', /no-such/],
      [
        { ...visit(), subjectId: fixture.placeId, objectId: fixture.personId },
        'BAD_USER_INPUT',
        /VISITED connects/,
      ],
      [{ ...visit(), objectId: fixture.personId }, 'BAD_USER_INPUT', /two different entities/],
      [{ ...visit(), time: { at: '2025', start: '2024' } }, 'BAD_USER_INPUT', /not both/],
      [
        { ...visit(), time: { start: '2025-03', end: '2024-12' } },
        'BAD_USER_INPUT',
        /ends .* before it starts/,
      ],
      [{ ...visit(), time: { at: '2025', precision: 'DAY' } }, 'BAD_USER_INPUT', /finer/],
    ];
    for (const [input, code, message] of cases) {
      const res = await add(input);
      expect(res.body.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
      expect(res.body.errors?.[0]?.message).toMatch(message);
      expect(res.body.data?.addRelation ?? null).toBeNull();
    }
    // Types outside the allow-list never reach the resolver: the enum refuses them.
    const unknownType = await add({ ...visit(), type: 'OWNS' });
    expect(unknownType.status).toBe(400);
    expect(unknownType.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await graphSize(t)).toEqual(before);
  });

  it('refuses non-editors before anything is written', async () => {
    const before = await graphSize(t);
    expect((await add(visit(), {})).status).toBe(401);
    const reader = await add(visit(), { authorization: `Bearer ${READER_KEY}` });
    expect(reader.status).toBe(403);
    expect(reader.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await graphSize(t)).toEqual(before);
  });
});
