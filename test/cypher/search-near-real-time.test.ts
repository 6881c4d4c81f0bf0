// Article search is near-real-time (migration 025): on the real Neo4j, an ingest's commit does not wait for the
// article text index, a new article becomes searchable within moments without anyone waiting for it, and
// awaitArticleIndex (what seeding, imports and `npm run ingest` call before they report done) makes it
// searchable at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { search } from '../../src/graphql/search/queries.js';
import { awaitArticleIndex } from '../../src/ingest/article-index.js';
import { createLinker } from '../../src/ingest/linker.js';
import { ingestArticle } from '../../src/ingest/pipeline.js';
import { openTestDb, removeArticles, type TestDb } from '../support/db.js';
import { uniqueSuffix } from '../support/service.js';

let t: TestDb;
const s = uniqueSuffix();
const articleIds: string[] = [];

/** Ingests an article whose text holds `word`, a word no other article has. */
async function ingestWith(word: string): Promise<void> {
  const summary = await ingestArticle(
    { db: t.db, linker: createLinker([]) },
    { raw: `Harbour notes ${s}\n\nThe ferry schedule mentions ${word} twice: ${word} again.` },
  );
  articleIds.push(summary.articleId);
}

async function findsArticle(word: string): Promise<boolean> {
  const hits = await search(t.db, { text: word, kinds: ['ARTICLE'], first: 5, withText: false });
  return hits.some((h) => h.article !== undefined && articleIds.includes(h.article.id));
}

beforeAll(async () => {
  t = await openTestDb();
});

afterAll(async () => {
  await removeArticles(t, articleIds);
  await t.close();
});

describe('article search, near-real-time', () => {
  it('is served by an eventually consistent full-text index (ingest commits do not update Lucene)', async () => {
    const [row] = await t.query(
      "SHOW FULLTEXT INDEXES YIELD name, state, options WHERE name = 'article_text' RETURN state, options",
    );
    expect(row?.state).toBe('ONLINE');
    expect(row?.options).toMatchObject({ indexConfig: { 'fulltext.eventually_consistent': true } });
  });

  it('finds a new article within two seconds of its acknowledged ingest, with nobody waiting for the index', async () => {
    const word = `quillwort${s.replace(/\W/g, '')}a`;
    await ingestWith(word);
    const started = performance.now();
    while (!(await findsArticle(word)) && performance.now() - started < 5_000) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(await findsArticle(word)).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('finds it at once after awaitArticleIndex', async () => {
    const word = `quillwort${s.replace(/\W/g, '')}b`;
    await ingestWith(word);
    await awaitArticleIndex(t.db);
    expect(await findsArticle(word)).toBe(true);
  });

  it("ships an article hit's text only when the request reads it (its passage, what matched, the text)", async () => {
    const word = `quillwort${s.replace(/\W/g, '')}c`;
    await ingestWith(word);
    await awaitArticleIndex(t.db);
    const args = { text: word, kinds: ['ARTICLE' as const], first: 5 };
    const [without] = await search(t.db, { ...args, withText: false });
    const [withText] = await search(t.db, { ...args, withText: true });
    expect(without?.article?.id).toBe(withText?.article?.id);
    expect(without?.article?.text ?? null).toBeNull();
    expect(withText?.article?.text).toContain(word);
    expect(withText?.passage.text).toContain(word);
  });
});
