// Scalars over real HTTP, as literals and as variables: URL takes http and https only (dashboards render
// Article.url as a link), PartialDate takes days that exist, PositiveInt takes integers the client wrote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { graphSize, openTestDb, removeArticles, type TestDb } from '../support/db.js';
import { asEditor, gql, startTestService, uniqueSuffix } from '../support/service.js';

let service: RunningService;
let t: TestDb;
const articles: string[] = [];

beforeAll(async () => {
  service = await startTestService();
  t = await openTestDb();
});
afterAll(async () => {
  await removeArticles(t, articles);
  await t.close();
  await service.stop();
});

const INGEST_VARIABLE =
  'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id url } } }';
const ingestLiteral = (text: string, url: string): string =>
  `mutation { ingestArticle(input: {text: ${JSON.stringify(text)}, source: "scalars.txt", url: ${JSON.stringify(url)}}) { article { id url } } }`;
// The first line may be taken as the title: the body must differ too, or the article already exists.
const articleText = (): string => {
  const s = uniqueSuffix();
  return `Scalar test ${s}\n\nThe Moscow–Pyongyang flight ${s} departed on Sunday evening.`;
};

describe('URL', () => {
  const long = `https://example.org/${'a'.repeat(2049)}`;
  const refused = [
    'javascript:alert(document.cookie)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.org/article.txt',
    '/relative/path',
    long,
  ].map((url) => ({
    url,
    shown: url === long ? `an https address of ${url.length} characters` : JSON.stringify(url),
  }));

  it.each(refused)('refuses $shown as a variable and as a literal, writing nothing', async ({ url }) => {
    const before = await graphSize(t);
    const variable = await gql(
      service.url,
      INGEST_VARIABLE,
      { input: { text: articleText(), source: 'scalars.txt', url } },
      asEditor,
    );
    expect(variable.status).toBe(400);
    expect(variable.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const literal = await gql(service.url, ingestLiteral(articleText(), url), {}, asEditor);
    expect(literal.status).toBe(400);
    expect(literal.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.body.errors?.[0]?.message).toMatch(/URL must/);
    expect(await graphSize(t)).toEqual(before);
  });

  it('accepts http and https addresses and returns them', async () => {
    for (const url of ['https://www.nknews.org/2025/07/flight/', 'http://example.org/a?b=c#d']) {
      const res = await gql<{ ingestArticle: { article: { id: string; url: string } } }>(
        service.url,
        INGEST_VARIABLE,
        { input: { text: articleText(), source: 'scalars.txt', url } },
        asEditor,
      );
      expect(res.body.errors).toBeUndefined();
      const article = res.body.data?.ingestArticle.article;
      if (article) articles.push(article.id);
      expect(article?.url).toBe(url);
    }
  });

  it('does not hand a stored non-web address to clients as Article.url', async () => {
    const id = `article/test${uniqueSuffix()}`;
    articles.push(id);
    await t.query(
      `CREATE (:Article {id: $id, text: 'x', contentHash: $id, url: 'javascript:alert(1)', title: 'Stored'})`,
      { id },
    );
    const res = await gql<{ article: { url: string | null } }>(
      service.url,
      'query($id: ID!) { article(id: $id) { url } }',
      {
        id,
      },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.article.url).toBeNull();
  });
});

describe('PartialDate', () => {
  const TIMELINE_VARIABLE = 'query($from: PartialDate) { timeline(from: $from, first: 1) { date } }';

  it.each(['2025-02-29', '2025-02-31', '2025-04-31', '1900-02-29', '2025-06-31'])(
    'refuses %s, a day that does not exist, as a variable and as a literal',
    async (date) => {
      const variable = await gql(service.url, TIMELINE_VARIABLE, { from: date });
      expect(variable.status).toBe(400);
      expect(variable.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(variable.body.errors?.[0]?.message).toContain('is not a day of the calendar');
      const literal = await gql(service.url, `{ timeline(from: "${date}", first: 1) { date } }`);
      expect(literal.status).toBe(400);
      expect(literal.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    },
  );

  it.each(['2024-02-29', '2000-02-29', '2025-02-28', '2025-12-31', '2025-02', '2025'])(
    'accepts %s',
    async (date) => {
      const res = await gql(service.url, TIMELINE_VARIABLE, { from: date });
      expect(res.body.errors).toBeUndefined();
    },
  );

  it('refuses an impossible day in a mutation input, writing nothing', async () => {
    const before = await graphSize(t);
    const res = await gql(
      service.url,
      'mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { id } }',
      { input: { kind: 'EVENT', name: `Impossible summit ${uniqueSuffix()}`, date: { date: '2023-02-30' } } },
      asEditor,
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await graphSize(t)).toEqual(before);
  });
});

describe('PositiveInt', () => {
  const ENTITIES = 'query($first: PositiveInt) { entities(first: $first) { edges { cursor } } }';

  it.each([
    ['"10"', '10'],
    ['10.5', 10.5],
    ['true', true],
    ['0', 0],
    ['-3', -3],
    ['2^53', 2 ** 53],
  ] as const)('refuses the variable %s', async (_, first) => {
    const res = await gql(service.url, ENTITIES, { first });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.message).toMatch(/PositiveInt must be an integer greater than zero/);
  });

  it.each(['"10"', '10.5', '0', '-3', '99999999999999999999'])('refuses the literal %s', async (first) => {
    const res = await gql(service.url, `{ entities(first: ${first}) { edges { cursor } } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('takes an integer as a variable and as a literal', async () => {
    const variable = await gql<{ entities: { edges: unknown[] } }>(service.url, ENTITIES, { first: 3 });
    expect(variable.body.data?.entities.edges).toHaveLength(3);
    const literal = await gql<{ entities: { edges: unknown[] } }>(
      service.url,
      '{ entities(first: 2) { edges { cursor } } }',
    );
    expect(literal.body.data?.entities.edges).toHaveLength(2);
  });
});
