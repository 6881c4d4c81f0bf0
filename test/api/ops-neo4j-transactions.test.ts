// What Neo4j sees of a request, observed where every round trip leaves the process (the instrumented driver):
// every read goes out as a READ transaction (so a cluster routes it to a follower), every statement read that
// way is read-only by Neo4j's own planner, and every transaction carries the app, the statement's name, the
// GraphQL operation's name (also when the client did not send `operationName`) and the request id.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSchema } from '../../src/graphql/schema.js';
import type { Neo4jCall, Neo4jObserver } from '../../src/metrics/metrics.js';
import { loadCatalogue } from '../../src/neo4j/catalogue.js';
import type { RunningService } from '../../src/service.js';
import { openTestDb, removeArticles, type TestDb } from '../support/db.js';
import { fieldCalls, fieldsWithArguments, operationText } from '../support/field-calls.js';
import { asEditor, startTestService, uniqueSuffix } from '../support/service.js';

const calls: Neo4jCall[] = [];
const recorder: Neo4jObserver = { finished: (call) => calls.push(call) };
let service: RunningService;
let t: TestDb;
let driver: Driver;
let articleId = '';
const ingested: string[] = [];

beforeAll(async () => {
  service = await startTestService({}, { neo4jObservers: [recorder] });
  t = await openTestDb();
  const [row] = await t.query('MATCH (a:Article) RETURN a.id AS id ORDER BY a.id LIMIT 1');
  articleId = String(row?.id);
  const { uri, username, password } = inject('neo4j');
  driver = neo4j.driver(uri, neo4j.auth.basic(username, password));
});
afterAll(async () => {
  await removeArticles(t, ingested);
  await driver.close();
  await t.close();
  await service.stop();
});

/** POSTs a document without `operationName`, as many clients do for a single named operation. */
async function send(query: string, requestId: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...asEditor },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  return { status: res.status, body, calls: calls.filter((c) => c.metadata.requestId === requestId) };
}

/** Every query field (root and nested) with arguments, called the way field-calls.ts says. */
const queryFields = (): { coordinate: string; text: string }[] => {
  const known = fieldCalls({
    articleId,
    keep: 'person/unknown',
    merge: 'person/unknown',
    aliasTarget: 'person/unknown',
    candidateForAlias: 'candidate/unknown',
    candidateForNew: 'candidate/unknown',
    proposal: 'proposal/unknown',
  });
  return fieldsWithArguments(buildSchema()).flatMap(({ coordinate, field }) => {
    const call = known[coordinate];
    if (!call) throw new Error(`test/support/field-calls.ts has no call for ${coordinate}`);
    return call.operation === 'query'
      ? [{ coordinate, text: operationText(call, field.name, call.args('')) }]
      : [];
  });
};

describe('Neo4j transactions of a request', () => {
  const readStatements = new Set<string>();

  it('reads every query field through READ transactions tagged with the operation and request', async () => {
    const fields = queryFields();
    expect(fields.length).toBeGreaterThan(20);
    for (const { coordinate, text } of fields) {
      const requestId = `tx-${coordinate}-${uniqueSuffix()}`;
      const res = await send(text, requestId);
      expect(res.body.errors, `${coordinate}: ${JSON.stringify(res.body.errors)}`).toBeUndefined();
      expect(res.calls.length, `${coordinate} made no Neo4j round trip`).toBeGreaterThan(0);
      for (const call of res.calls) {
        expect(call.mode, `${coordinate}: ${call.query} went out as ${call.mode}`).toBe('read');
        expect(call.metadata).toMatchObject({ app: 'kg-graphql', operation: 'Probe', requestId });
        readStatements.add(call.query);
      }
    }
    // Every catalogue statement a query field uses was seen; there are many.
    expect(readStatements.size).toBeGreaterThan(15);
  });

  it("finds every statement read that way read-only by Neo4j's planner", async () => {
    const catalogue = loadCatalogue();
    for (const name of readStatements) {
      const { summary } = await driver.executeQuery(
        `EXPLAIN ${catalogue.text({ name })}`,
        {},
        {
          routing: neo4j.routing.READ,
        },
      );
      expect(summary.queryType, name).toBe('r');
    }
  });

  it("tags a mutation's transactions too, the linker's index included, and writes through WRITE transactions", async () => {
    const requestId = `tx-ingest-${uniqueSuffix()}`;
    // This service's first ingest builds the linker's index, on this request's behalf.
    const res = await send(
      `mutation IngestForTags($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }`,
      requestId,
      {
        input: {
          text: `Tagging check ${uniqueSuffix()}\n\nPyongyang and Moscow were named.`,
          source: 'tags.txt',
        },
      },
    );
    const article = (res.body.data as { ingestArticle?: { article: { id: string } } } | undefined)
      ?.ingestArticle;
    if (article) ingested.push(article.article.id);
    expect(res.body.errors).toBeUndefined();
    expect(res.calls.some((c) => c.mode === 'write')).toBe(true);
    expect(res.calls.map((c) => c.query)).toContain('ingest/linkable-entities');
    for (const call of res.calls) {
      expect(call.metadata).toMatchObject({ app: 'kg-graphql', operation: 'IngestForTags', requestId });
    }
  });
});
