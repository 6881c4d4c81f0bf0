// An ingest whose entities earlier ingests of this process found skips the first resolve (EntityNodeHints), on the
// real Neo4j: it locks the known nodes at once, and when one of them is stale (merged away meanwhile) the check
// after the locks makes the transaction run again the full way and the mentions land on the kept entity. And a
// write's first run sends its mentions with the locks, under the article id its text gives (writeArticles
// speculates): an article stored under another id makes it run again with the stored one.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArticle, writeArticlesTx, type ArticleWrite } from '../../src/ingest/write-articles.js';
import type { WriteTx } from '../../src/neo4j/db.js';
import { openTestDb, removeArticles, type TestDb } from '../support/db.js';

let t: TestDb;
const s = randomBytes(4).toString('hex');
const id = (name: string): string => `person/hints-test-${name}-${s}`;
const articleIds: string[] = [];

beforeAll(async () => {
  t = await openTestDb();
  await t.query(`UNWIND $ids AS e CREATE (:Entity:Person {id: e, kind: 'Person', name: e, aliases: [e]})`, {
    ids: [id('ada'), id('bo'), id('kept')],
  });
});

afterAll(async () => {
  await removeArticles(t, articleIds);
  await t.query('MATCH (n) WHERE (n:Entity OR n:MergeRecord) AND n.id ENDS WITH $s DETACH DELETE n', {
    s: `-${s}`,
  });
  await t.close();
});

/** An article naming `entityIds`, one mention each. */
function article(n: number, entityIds: string[]): ArticleWrite {
  const text = `Hints article ${String(n)} ${s}: ${entityIds.map(() => 'Name').join(' and ')}.`;
  return {
    article: {
      id: `article/hints-${String(n)}-${s}`,
      contentHash: `hints-${String(n)}-${s}`,
      title: null,
      outlet: null,
      author: null,
      publishedAt: null,
      url: null,
      source: null,
      text,
    },
    mentions: entityIds.map((entityId, i) => ({
      entityId,
      via: 'name' as const,
      surface: 'Name',
      start: 20 + i * 9,
      end: 24 + i * 9,
      sentence: text,
      sentenceIndex: 0,
      sentenceStart: 0,
    })),
    candidates: [],
  };
}

/** Writes one article; returns the statements of each run of the transaction, by name. */
async function ingest(write: ArticleWrite): Promise<{ runs: string[][]; articleId: string }> {
  const runs: string[][] = [];
  const [result] = await t.db.writeTransaction('test/hints', (tx) => {
    const names: string[] = [];
    runs.push(names);
    const counting: WriteTx = {
      run: (ref, params) => {
        names.push(ref.name);
        return tx.run(ref, params);
      },
    };
    return writeArticlesTx(counting, [write]);
  });
  if (!result) throw new Error('no result');
  articleIds.push(result.articleId);
  return { runs, articleId: result.articleId };
}

const resolves = (names: string[]): number => names.filter((n) => n === 'ingest/resolve-entities').length;

describe('ingest with known entity nodes', () => {
  it('skips the resolve before the locks once an ingest has found the entities', async () => {
    const first = await ingest(article(1, [id('ada'), id('bo')]));
    expect(first.runs.map(resolves)).toEqual([2]);
    const second = await ingest(article(2, [id('bo'), id('ada')]));
    expect(second.runs.map(resolves)).toEqual([1]);
    const third = await ingest(article(3, [id('ada'), id('bo'), id('kept')]));
    expect(third.runs.map(resolves)).toEqual([2]); // one id was not known: the full way
  });

  it('runs again the full way when a known entity was merged away, and writes on the kept one', async () => {
    await ingest(article(4, [id('ada'), id('bo')]));
    // What a merge of ada into kept leaves: ada's node gone, an in-force merge record.
    await t.query(
      `MATCH (e:Entity {id: $merged}) DETACH DELETE e
       CREATE (:MergeRecord {id: $record, mergedId: $merged, keptId: $kept})`,
      { merged: id('ada'), kept: id('kept'), record: `merge/hints-${s}` },
    );
    const { runs, articleId } = await ingest(article(5, [id('ada'), id('bo')]));
    expect(runs.map(resolves)).toEqual([1, 2]);
    const rows = await t.query(
      'MATCH (e:Entity)-[:MENTIONED_IN]->(:Article {id: $articleId}) RETURN e.id AS id ORDER BY id',
      { articleId },
    );
    expect(rows.map((r) => r.id)).toEqual([id('bo'), id('kept')].sort());
    // The stale hint is gone: the next ingest naming ada finds kept through the merge record, the full way.
    expect((await ingest(article(6, [id('ada')]))).runs.map(resolves)).toEqual([2]);
  });

  it('writes the mentions on the stored article when it is stored under another id than its text gives', async () => {
    const write = article(7, [id('bo')]);
    const storedId = `article/legacy-hints-${s}`;
    await t.query('CREATE (:Article {id: $id, contentHash: $hash, text: $text})', {
      id: storedId,
      hash: write.article.contentHash,
      text: write.article.text,
    });
    articleIds.push(storedId);
    const result = await writeArticle(t.db, write);
    expect(result).toMatchObject({ articleId: storedId, created: false, mentionsCreated: 1 });
    const rows = await t.query(
      'MATCH (e:Entity)-[:MENTIONED_IN]->(a:Article {contentHash: $hash}) RETURN e.id AS id, a.id AS article',
      { hash: write.article.contentHash },
    );
    expect(rows).toEqual([{ id: id('bo'), article: storedId }]);
  });

  it('writes a new article in its first run, the mentions created once', async () => {
    const write = article(8, [id('bo')]);
    const result = await writeArticle(t.db, write);
    articleIds.push(result.articleId);
    expect(result).toMatchObject({ articleId: write.article.id, created: true, mentionsCreated: 1 });
    expect(await writeArticle(t.db, write)).toMatchObject({ created: false, mentionsCreated: 0 });
  });
});
