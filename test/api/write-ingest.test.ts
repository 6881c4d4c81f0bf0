// ingestArticle over real HTTP: what it links and proposes, that repeating it changes nothing, and that
// oversized, malformed or unauthorised requests are refused with the graph unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { graphSize, openTestDb, type TestDb } from '../support/db.js';
import { READER_KEY, asEditor, gql, startTestService, uniqueSuffix } from '../support/service.js';

let service: RunningService;
let t: TestDb;
const createdArticles: string[] = [];

beforeAll(async () => {
  service = await startTestService();
  t = await openTestDb();
});
afterAll(async () => {
  // The test's articles, and the candidates no other article proposes (a shared name stays).
  await t.query(
    `MATCH (a:Article) WHERE a.id IN $articles
     OPTIONAL MATCH (c:Candidate)-[:PROPOSED_IN]->(a)
     WHERE NOT EXISTS { (c)-[:PROPOSED_IN]->(o:Article) WHERE NOT o.id IN $articles }
     DETACH DELETE c, a`,
    { articles: createdArticles },
  );
  await t.close();
  await service.stop();
});

const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      created
      article {
        id
        title
        outlet
        source
        url
        publishedAt
        text
      }
      linked {
        entity {
          id
          name
        }
        count
        surfaces
      }
      candidates {
        id
        name
        kindGuess
        status
        sightings {
          start
          end
          sentence
          article {
            id
          }
        }
      }
    }
  }
`;

interface IngestData {
  ingestArticle: {
    created: boolean;
    article: {
      id: string;
      title: string | null;
      outlet: string | null;
      source: string;
      url: string | null;
      publishedAt: string | null;
      text: string;
    };
    linked: { entity: { id: string; name: string }; count: number; surfaces: string[] }[];
    candidates: {
      id: string;
      name: string;
      kindGuess: string | null;
      status: string;
      sightings: { start: number; end: number; sentence: string; article: { id: string } }[];
    }[];
  } | null;
}

function article(s: string): string {
  return [
    `Freight visit report ${s}`,
    '',
    `The Vostok Freight${s} Union said on Monday that Sergei Shoigu had visited Moscow.`,
    '',
    `A spokesman for the union added that flights to Pyongyang would resume. Dmitri Kalvanov${s} welcomed the news.`,
  ].join('\n');
}

describe('ingestArticle', () => {
  it('parses, links and proposes, then answers the same article with created: false', async () => {
    const s = uniqueSuffix();
    const input = {
      text: article(s),
      source: `test-${s}.txt`,
      outlet: 'Test Outlet',
      url: `https://example.org/${s}`,
      publishedAt: '2025-07-27',
    };
    const first = await gql<IngestData>(service.url, INGEST, { input }, asEditor);
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    const result = first.body.data?.ingestArticle;
    if (!result) throw new Error('no result');
    createdArticles.push(result.article.id);

    expect(result.created).toBe(true);
    expect(result.article.id).toMatch(/^article\/[0-9a-f]{16}$/);
    expect(result.article).toMatchObject({
      title: `Freight visit report ${s}`,
      outlet: 'Test Outlet',
      source: `test-${s}.txt`,
      url: `https://example.org/${s}`,
      publishedAt: '2025-07-27',
    });
    // The headline opens the text: its names are linked like the body's.
    expect(result.article.text.startsWith(`Freight visit report ${s}\n\nThe Vostok Freight${s} Union`)).toBe(
      true,
    );

    const linked = new Map(result.linked.map((l) => [l.entity.id, l]));
    expect(linked.get('person/sergei-shoigu')).toMatchObject({ count: 1, surfaces: ['Sergei Shoigu'] });
    expect(linked.get('place/moscow')).toMatchObject({ count: 1, surfaces: ['Moscow'] });

    const union = result.candidates.find((c) => c.name === `Vostok Freight${s} Union`);
    expect(union).toMatchObject({ kindGuess: 'ORGANISATION', status: 'PENDING' });
    const sighting = union?.sightings[0];
    expect(sighting?.article.id).toBe(result.article.id);
    expect(result.article.text.slice(sighting?.start, sighting?.end)).toBe(`Vostok Freight${s} Union`);
    expect(sighting?.sentence).toContain('said on Monday');

    // The mentions are in the graph, one per occurrence, with offsets into the stored text.
    const mentions = await t.query(
      `MATCH (e:Entity)-[m:MENTIONED_IN]->(:Article {id: $id}) RETURN e.id AS id, m.surface AS surface ORDER BY m.start`,
      { id: result.article.id },
    );
    expect(mentions.map((m) => m.id)).toEqual(
      expect.arrayContaining(['person/sergei-shoigu', 'place/moscow']),
    );

    const before = await graphSize(t);
    const again = await gql<IngestData>(service.url, INGEST, { input }, asEditor);
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data?.ingestArticle?.created).toBe(false);
    expect(again.body.data?.ingestArticle?.article.id).toBe(result.article.id);
    expect(await graphSize(t)).toEqual(before);
  });

  it('refuses a text over the size limit with LIMIT_EXCEEDED and writes nothing', async () => {
    const before = await graphSize(t);
    const res = await gql<IngestData>(
      service.url,
      INGEST,
      {
        input: {
          text: `Huge article ${uniqueSuffix()}\n\n${'Lorem ipsum dolor sit amet. '.repeat(8_000)}`,
          source: 'huge.txt',
        },
      },
      asEditor,
    );
    expect(res.body.data?.ingestArticle ?? null).toBeNull();
    expect(res.body.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(res.body.errors?.[0]?.message).toMatch(/at most 200000 bytes/);
    expect(await graphSize(t)).toEqual(before);
  });

  it('rejects malformed input before anything runs', async () => {
    const before = await graphSize(t);
    for (const input of [
      { text: '   ', source: 'blank.txt' },
      { text: 'Some text here.', source: 'x.txt', url: 'not a url' },
      { text: 'Some text here.', source: 'x.txt', publishedAt: '2025-13-45' },
      { source: 'missing-text.txt' },
    ]) {
      const res = await gql(service.url, INGEST, { input }, asEditor);
      expect(res.status, JSON.stringify(input)).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await graphSize(t)).toEqual(before);
  });

  it('refuses anonymous and reader callers before the pipeline runs', async () => {
    const before = await graphSize(t);
    const input = { text: article(uniqueSuffix()), source: 'unauthorised.txt' };
    const anonymous = await gql(service.url, INGEST, { input });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.body.data ?? null).toBeNull();
    const reader = await gql(service.url, INGEST, { input }, { authorization: `Bearer ${READER_KEY}` });
    expect(reader.status).toBe(403);
    expect(reader.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await graphSize(t)).toEqual(before);
  });
});
