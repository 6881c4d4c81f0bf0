// Concurrent ingestArticle mutations over real HTTP are written together (batchedIngestWriter): fewer write
// transactions than articles, each caller answered with its own article, mentions and candidates, and every
// acknowledged article in the graph with its mentions; a repeated text in the same burst is one article.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jCall } from '../../src/metrics/metrics.js';
import type { RunningService } from '../../src/service.js';
import { openTestDb, removeArticles, type TestDb } from '../support/db.js';
import { asEditor, gql, startTestService, uniqueSuffix } from '../support/service.js';

const COUNT = 16;
let service: RunningService;
let t: TestDb;
const calls: Neo4jCall[] = [];
const s = uniqueSuffix();
const createdArticles: string[] = [];

beforeAll(async () => {
  // One analysis thread per core at most here; the point is that writes overlap analyses and each other.
  service = await startTestService(
    { INGEST_WORKERS: '2' },
    { neo4jObservers: [{ finished: (c) => calls.push(c) }] },
  );
  t = await openTestDb();
});
afterAll(async () => {
  await removeArticles(t, createdArticles);
  await t.close();
  await service.stop();
});

const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      created
      article {
        id
        source
      }
      linked {
        entity {
          id
        }
        count
      }
      candidates {
        name
      }
    }
  }
`;

interface IngestData {
  ingestArticle: {
    created: boolean;
    article: { id: string; source: string };
    linked: { entity: { id: string }; count: number }[];
    candidates: { name: string }[];
  } | null;
}

const text = (i: number): string =>
  [
    `Batched report ${s} number ${String(i)}`,
    '',
    `Sergei Shoigu visited Moscow on day ${String(i)}, and the Ostrava Cargo${s}x${String(i)} Union welcomed it.`,
  ].join('\n');

describe('ingestArticle, many at once', () => {
  it('writes concurrent ingests together and answers each caller with its own article', async () => {
    const inputs = Array.from({ length: COUNT }, (_, i) => ({
      text: text(i),
      source: `batched-${s}-${String(i)}.txt`,
    }));
    // The last one repeats the first text: one article, answered as not created to one of the two callers.
    inputs.push({ text: text(0), source: `batched-${s}-0-again.txt` });
    const before = calls.length;
    const answers = await Promise.all(
      inputs.map((input) => gql<IngestData>(service.url, INGEST, { input }, asEditor)),
    );

    const results = answers.map((a) => a.body.data?.ingestArticle);
    for (const r of results) if (r) createdArticles.push(r.article.id);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    }
    results.slice(0, COUNT).forEach((r, i) => {
      // Each caller's own article: its candidate is the one only its text names.
      expect(r?.candidates.map((c) => c.name)).toContain(`Ostrava Cargo${s}x${String(i)} Union`);
      expect(r?.linked.find((l) => l.entity.id === 'person/sergei-shoigu')?.count).toBe(1);
    });
    const ids = new Set(results.map((r) => r?.article.id));
    expect(ids.size).toBe(COUNT);
    expect(results[COUNT]?.article.id).toBe(results[0]?.article.id);
    expect([results[0]?.created, results[COUNT]?.created].sort()).toEqual([false, true]);
    expect(results.slice(1, COUNT).every((r) => r?.created === true)).toBe(true);

    // Fewer write transactions than ingests: some carried several articles.
    const writes = calls
      .slice(before)
      .filter((c) => c.mode === 'write' && c.query.startsWith('ingest/article'));
    expect(writes.some((c) => c.query === 'ingest/articles')).toBe(true);
    expect(writes.filter((c) => c.ok).length).toBeLessThan(inputs.length);
    // Each transaction is tagged with the requests it wrote for: a batch with all of theirs.
    for (const c of writes) expect(c.metadata).toMatchObject({ app: 'kg-graphql', operation: 'Ingest' });
    const batchIds = writes
      .filter((c) => c.query === 'ingest/articles')
      .map((c) => String(c.metadata.requestId));
    expect(batchIds.some((ids) => ids.split(',').length > 1)).toBe(true);

    const [row] = await t.query(
      `MATCH (a:Article) WHERE a.id IN $ids
       RETURN count(a) AS articles,
              sum(COUNT { (a)<-[:MENTIONED_IN]-(:Entity {id: 'person/sergei-shoigu'}) }) AS shoigu,
              sum(COUNT { (a)<-[:PROPOSED_IN]-(:Candidate) }) AS sightings`,
      { ids: [...ids] },
    );
    expect(Number(row?.articles)).toBe(COUNT);
    expect(Number(row?.shoigu)).toBe(COUNT);
    expect(Number(row?.sightings)).toBeGreaterThanOrEqual(COUNT);
  }, 120_000);
});
