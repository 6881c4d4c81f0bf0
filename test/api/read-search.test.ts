import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { gql, startTestService, errorCodes } from '../support/service.js';

// Query.search over real HTTP against the seeded graph: ranking, transliteration tolerance, kinds, passages,
// and hostile input that must never reach Lucene as syntax.

interface Hit {
  score: number;
  matchedOn: string;
  passage: { text: string; start: number | null; end: number | null };
  node: { __typename: string; id: string; text?: string };
}

const SEARCH = /* GraphQL */ `
  query Search($text: NonEmptyString!, $kinds: [SearchKind!], $first: PositiveInt) {
    search(text: $text, kinds: $kinds, first: $first) {
      score
      matchedOn
      passage {
        text
        start
        end
      }
      node {
        __typename
        ... on Entity {
          id
        }
        ... on Article {
          id
          text
        }
      }
    }
  }
`;

let service: RunningService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

async function search(text: string, variables: Record<string, unknown> = {}): Promise<Hit[]> {
  const res = await gql<{ search: Hit[] }>(service.url, SEARCH, { text, ...variables });
  expect(res.status).toBe(200);
  expect(res.body.errors).toBeUndefined();
  return res.body.data?.search ?? [];
}

describe('Query.search', () => {
  it('finds an entity by name and the articles naming it, best first, with the matched passage', async () => {
    const hits = await search('Shoigu');
    expect(hits[0]?.node).toMatchObject({ __typename: 'Person', id: 'person/sergei-shoigu' });
    expect(hits[0]?.matchedOn).toBe('NAME');
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const article = hits.find((h) => h.node.__typename === 'Article');
    expect(article?.matchedOn).toBe('TEXT');
    expect(article?.passage.text).toMatch(/Shoigu/);
    // The passage is cut out of the article text at the offsets it reports.
    expect(article?.node.text?.slice(article.passage.start ?? -1, article.passage.end ?? -1)).toBe(
      article?.passage.text,
    );
  });

  it.each([
    ['Sergey Shoygu', 'person/sergei-shoigu'],
    ['Panteleev', 'person/oleg-panteleev-aviaport'],
    ['Kim Jong-un', 'person/kim-jong-un'],
    ['Rosaviatsiya', 'org/rosaviatsia'],
  ])('tolerates transliteration: %j finds %s', async (text, id) => {
    const hits = await search(text, { kinds: ['PERSON', 'ORGANISATION'] });
    expect(hits[0]?.node.id).toBe(id);
  });

  it('ranks the same without passages, and still gives an article its text when only the text is read', async () => {
    const full = await search('Pyongyang flights', { first: 10 });
    const bare = await gql<{ search: { score: number; node: { id: string } }[] }>(
      service.url,
      'query ($text: NonEmptyString!) { search(text: $text, first: 10) { score node { ... on Entity { id } ... on Article { id } } } }',
      { text: 'Pyongyang flights' },
    );
    expect(bare.body.errors).toBeUndefined();
    expect(bare.body.data?.search).toEqual(full.map((h) => ({ score: h.score, node: { id: h.node.id } })));
    // The text through a named fragment, no passage: the look-ahead still sees it is read.
    const texts = await gql<{ search: { node: { id?: string; text?: string } }[] }>(
      service.url,
      'query ($text: NonEmptyString!) { search(text: $text, first: 10) { node { ...Body } } } fragment Body on Article { id text }',
      { text: 'Pyongyang flights' },
    );
    expect(texts.body.errors).toBeUndefined();
    const articles = full.filter((h) => h.node.__typename === 'Article');
    expect(articles.length).toBeGreaterThan(0);
    for (const hit of articles) {
      const same = texts.body.data?.search.find((h) => h.node.id === hit.node.id);
      expect(same?.node.text).toBe(hit.node.text);
      expect(hit.node.text?.length).toBeGreaterThan(100);
    }
  });

  it('returns only the kinds asked for', async () => {
    const articles = await search('Pyongyang', { kinds: ['ARTICLE'] });
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.every((h) => h.node.__typename === 'Article')).toBe(true);
    const places = await search('Pyongyang', { kinds: ['PLACE'] });
    expect(places.map((h) => h.node.__typename)).toEqual(places.map(() => 'Place'));
    expect(places.map((h) => h.node.id)).toContain('place/pyongyang');
  });

  it('respects first', async () => {
    expect(await search('Russia', { first: 3 })).toHaveLength(3);
  });

  it.each([
    '"',
    '(',
    'AND OR',
    '\\',
    '*:*',
    '[',
    'a && b || !c',
    'title:x/y?',
    '~',
    '{}',
    '^',
    '-Shoigu',
    'NOT',
  ])('answers hostile text %j with data, never an internal error', async (text) => {
    const res = await gql<{ search: Hit[] }>(service.url, SEARCH, { text });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(Array.isArray(res.body.data?.search)).toBe(true);
  });

  it('answers text of many words (more than it searches for) with data, and refuses text over 500 characters', async () => {
    const words = Array.from({ length: 120 }, (_, i) => `p${i.toString(36)}`).join(' ');
    expect(words.length).toBeLessThanOrEqual(500);
    const res = await gql<{ search: Hit[] }>(service.url, SEARCH, { text: words });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();

    const text = Array.from({ length: 2000 }, (_, i) => `Pyongyang${i}`).join(' ');
    const long = await gql<{ search: Hit[] }>(service.url, SEARCH, { text });
    expect(long.status).toBe(400);
    expect(long.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', maxLength: 500 });
  });

  it('finds nothing, rather than everything, for text without words', async () => {
    expect(await search('*:*')).toEqual([]);
  });

  it('rejects empty text and page sizes out of range', async () => {
    expect(errorCodes(await gql(service.url, SEARCH, { text: '   ' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(service.url, SEARCH, { text: 'Shoigu', first: 101 }))).toEqual([
      'LIMIT_EXCEEDED',
    ]);
    expect(errorCodes(await gql(service.url, SEARCH, { text: 'Shoigu', kinds: ['DRAGON'] }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
