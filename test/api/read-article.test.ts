import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { gql, startTestService, errorCodes, roundTrips } from '../support/service.js';

// Query.article and Query.articles over real HTTP against the seeded corpus.

let service: RunningService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

const ARTICLES = /* GraphQL */ `
  query Articles($filter: ArticleFilter, $first: PositiveInt, $after: String) {
    articles(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          outlet
          publishedAt
          url
        }
      }
    }
  }
`;

interface ArticlesPage {
  articles: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: { id: string; title: string | null; outlet: string | null; publishedAt: string | null };
    }[];
  };
}

async function articles(variables: Record<string, unknown>): Promise<ArticlesPage['articles']> {
  const res = await gql<ArticlesPage>(service.url, ARTICLES, variables);
  expect(res.body.errors).toBeUndefined();
  const page = res.body.data?.articles;
  if (!page) throw new Error('no data');
  return page;
}

describe('Query.articles', () => {
  it('lists the corpus newest first, undated last, in pages', async () => {
    const all = await articles({ first: 100 });
    expect(all.totalCount).toBe(5);
    const dates = all.edges.map((e) => e.node.publishedAt);
    expect(dates[0]).toBe('2023-11-20');
    const firstUndated = dates.indexOf(null);
    expect(dates.slice(firstUndated).every((d) => d === null)).toBe(true);

    const first = await articles({ first: 2 });
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await articles({ first: 2, after: first.pageInfo.endCursor });
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual(
      all.edges.slice(0, 4).map((e) => e.node.id),
    );
  });

  it('filters by mentioned entity, outlet and publication range', async () => {
    const shoigu = await articles({ filter: { mentions: 'person/sergei-shoigu' } });
    expect(shoigu.edges.map((e) => e.node.outlet)).toEqual(['UNITED24 Media']);
    const kyiv = await articles({ filter: { outlet: 'the kyiv independent' } });
    expect(kyiv.edges.map((e) => e.node.title)).toEqual([
      'Media: Russian transport agency proposes regular flights to North Korea',
    ]);
    expect(
      (await articles({ filter: { publishedFrom: '2023-11-01', publishedTo: '2023-11-30' } })).totalCount,
    ).toBe(1);
    expect((await articles({ filter: { publishedFrom: '2024-01-01' } })).totalCount).toBe(0);
  });

  it('answers an unknown mentioned entity with NOT_FOUND and bad arguments with BAD_USER_INPUT', async () => {
    const unknown = await gql(service.url, ARTICLES, { filter: { mentions: 'person/nobody' } });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    // The entity is checked only when no article mentions it: once that is two statements, otherwise one.
    expect(roundTrips(unknown)).toBe(2);
    const BARE = 'query ($mentions: ID) { articles(filter: { mentions: $mentions }) { totalCount } }';
    const some = await gql<{ articles: { totalCount: number } }>(service.url, BARE, {
      mentions: 'person/sergei-shoigu',
    });
    expect(some.body.data?.articles.totalCount).toBeGreaterThan(0);
    expect(roundTrips(some)).toBe(1);
    expect(errorCodes(await gql(service.url, ARTICLES, { filter: { publishedFrom: '2023-13-01' } }))).toEqual(
      ['BAD_USER_INPUT'],
    );
    expect(errorCodes(await gql(service.url, ARTICLES, { after: 'bogus' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(service.url, ARTICLES, { first: 101 }))).toEqual(['LIMIT_EXCEEDED']);
  });
});

describe('Query.article', () => {
  const ARTICLE = /* GraphQL */ `
    query Article($id: ID!) {
      article(id: $id) {
        id
        title
        outlet
        url
        contentHash
        source
        ingestedAt
        text
        mentions(first: 100) {
          totalCount
          edges {
            node {
              surface
              start
              end
              sentence
              entity {
                id
              }
            }
          }
        }
        statements {
          quote
          start
          end
          speaker {
            id
          }
        }
      }
    }
  `;

  interface ArticleData {
    article: {
      id: string;
      url: string | null;
      contentHash: string;
      ingestedAt: string;
      text: string;
      mentions: {
        totalCount: number;
        edges: {
          node: { surface: string; start: number; end: number; sentence: string; entity: { id: string } };
        }[];
      };
      statements: { quote: string; start: number; end: number; speaker: { id: string } | null }[];
    };
  }

  it('returns an article with its text, and mentions and statements whose offsets index into it', async () => {
    const list = await articles({ filter: { mentions: 'person/sergei-shoigu' } });
    const id = list.edges[0]?.node.id ?? '';
    const res = await gql<ArticleData>(service.url, ARTICLE, { id });
    expect(res.body.errors).toBeUndefined();
    const a = res.body.data?.article;
    if (!a) throw new Error('no article');
    expect(a.id).toBe(`article/${a.contentHash.slice(0, 16)}`);
    expect(a.url).toMatch(/^https:\/\/united24media\.com\//);
    expect(Number.isNaN(Date.parse(a.ingestedAt))).toBe(false);
    expect(a.text).toContain('Shoigu');
    expect(a.mentions.totalCount).toBeGreaterThan(5);
    const starts = a.mentions.edges.map((e) => e.node.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    for (const { node } of a.mentions.edges) {
      expect(a.text.slice(node.start, node.end)).toBe(node.surface);
      expect(node.sentence).toContain(node.surface);
    }
    expect(a.mentions.edges.map((e) => e.node.entity.id)).toContain('person/sergei-shoigu');
    expect(a.statements.length).toBeGreaterThan(0);
    for (const s of a.statements) expect(a.text.slice(s.start, s.end)).toBe(s.quote);
  });

  it('answers an unknown id with NOT_FOUND naming the id', async () => {
    const res = await gql(service.url, ARTICLE, { id: 'article/0000000000000000' });
    expect(res.body.data).toEqual({ article: null });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      id: 'article/0000000000000000',
    });
  });
});
