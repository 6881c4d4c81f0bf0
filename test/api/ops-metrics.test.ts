// GET /metrics over real HTTP: Prometheus text with requests and latency by operation, errors by code, Neo4j
// round trips by statement, ingest outcomes and durations, limit refusals and process health; served to this
// machine only by default, to the holder of METRICS_TOKEN when one is set, and not at all when disabled.
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { openTestDb, removeArticles, type TestDb } from '../support/db.js';
import { asEditor, errorCodes, gql, startTestService, uniqueSuffix } from '../support/service.js';

const TOKEN = 'metrics-token-0123456789abcdef';
let service: RunningService;
let t: TestDb;
const ingested: string[] = [];

beforeAll(async () => {
  // Listening on every interface, so a request can also come from an address that is not loopback.
  service = await startTestService({ HOST: '0.0.0.0' });
  t = await openTestDb();
});
afterAll(async () => {
  await removeArticles(t, ingested);
  await t.close();
  await service.stop();
});

async function scrape(url = service.url, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(`${url}/metrics`, { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/** The value of one sample, by metric name and labels (all of them, in any order); 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = new Map<string, string>();
    for (const m of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g))
      found.set(m[1] ?? '', m[2] ?? '');
    const wanted = Object.entries(labels);
    if (wanted.length === found.size && wanted.every(([k, v]) => found.get(k) === v)) {
      return Number(match[3]);
    }
  }
  return 0;
}

describe('GET /metrics', () => {
  it('counts operations by name and outcome, errors by code, and Neo4j statements by name and mode', async () => {
    const before = await scrape();
    const card = await gql(
      service.url,
      'query EntityCard { entity(id: "person/vladimir-putin") { id name } }',
    );
    expect(card.body.errors).toBeUndefined();
    const missing = await gql(service.url, 'query Missing { entity(id: "person/nobody-at-all") { id } }');
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const tooLarge = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(1_100_000) }),
    });
    expect(tooLarge.status).toBe(413);
    const after = await scrape();

    const delta = (name: string, labels: Record<string, string> = {}): number =>
      sample(after, name, labels) - sample(before, name, labels);
    expect(
      delta('kg_graphql_operations_total', { operation: 'EntityCard', type: 'query', outcome: 'ok' }),
    ).toBe(1);
    expect(
      delta('kg_graphql_operations_total', { operation: 'Missing', type: 'query', outcome: 'partial' }),
    ).toBe(1);
    expect(
      delta('kg_graphql_operation_duration_seconds_count', { operation: 'EntityCard', type: 'query' }),
    ).toBe(1);
    expect(delta('kg_errors_total', { code: 'NOT_FOUND' })).toBe(1);
    expect(delta('kg_errors_total', { code: 'LIMIT_EXCEEDED' })).toBe(1);
    expect(delta('kg_http_requests_total', { route: '/graphql', method: 'POST', status: '413' })).toBe(1);
    expect(delta('kg_http_requests_total', { route: '/graphql', method: 'POST', status: '200' })).toBe(2);
    // The scrape before this one is counted once it has been answered.
    expect(delta('kg_http_requests_total', { route: '/metrics', method: 'GET', status: '200' })).toBe(1);
    expect(
      delta('kg_neo4j_query_duration_seconds_count', { query: 'entity/by-ids', mode: 'read', outcome: 'ok' }),
    ).toBeGreaterThanOrEqual(2);
    expect(sample(after, 'kg_neo4j_connections_in_use', { mode: 'read' })).toBe(0);
    // Process health comes with it: CPU, memory and the event loop's lag.
    expect(after).toMatch(/^kg_process_cpu_user_seconds_total \d/m);
    expect(after).toMatch(/^kg_nodejs_eventloop_lag_seconds \d/m);
  });

  it('counts ingests by outcome with their durations', async () => {
    const before = await scrape();
    const input = {
      text: `Metrics check ${uniqueSuffix()}\n\nPyongyang welcomed the delegation.`,
      source: 'm.txt',
    };
    const query =
      'mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }';
    const first = await gql<{ ingestArticle: { created: boolean; article: { id: string } } }>(
      service.url,
      query,
      { input },
      asEditor,
    );
    const id = first.body.data?.ingestArticle.article.id;
    if (id) ingested.push(id);
    expect(first.body.data?.ingestArticle.created).toBe(true);
    await gql(service.url, query, { input }, asEditor);
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>): number =>
      sample(after, name, labels) - sample(before, name, labels);
    expect(delta('kg_ingest_articles_total', { outcome: 'created' })).toBe(1);
    expect(delta('kg_ingest_articles_total', { outcome: 'unchanged' })).toBe(1);
    expect(delta('kg_ingest_duration_seconds_count', { outcome: 'created' })).toBe(1);
    expect(
      delta('kg_neo4j_query_duration_seconds_count', {
        query: 'ingest/article',
        mode: 'write',
        outcome: 'ok',
      }),
    ).toBe(2);
  });

  it('counts requests refused for a request limit or a field cap, by the limit named', async () => {
    const before = await scrape();
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: entity(id: "person/vladimir-putin") { id }`);
    expect(errorCodes(await gql(service.url, `{ ${aliases.join(' ')} }`))).toEqual(['LIMIT_EXCEEDED']);
    expect(errorCodes(await gql(service.url, '{ entities(first: 101) { totalCount } }'))).toEqual([
      'LIMIT_EXCEEDED',
    ]);
    const after = await scrape();
    for (const limit of ['aliases', 'first']) {
      expect(
        sample(after, 'kg_limit_refusals_total', { limit }) -
          sample(before, 'kg_limit_refusals_total', { limit }),
        limit,
      ).toBe(1);
    }
  });

  it('counts refusals the protection reports, by limit', async () => {
    const before = await scrape();
    service.metrics.refused('rate:key');
    service.metrics.refused('rate:key');
    service.metrics.refused('not a label {"}');
    const after = await scrape();
    expect(
      sample(after, 'kg_limit_refusals_total', { limit: 'rate:key' }) -
        sample(before, 'kg_limit_refusals_total', { limit: 'rate:key' }),
    ).toBe(2);
    expect(sample(after, 'kg_limit_refusals_total', { limit: 'other' })).toBeGreaterThanOrEqual(1);
  });

  it('answers only this machine when no token is configured', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i?.family === 'IPv4' && !i.internal)?.address;
    expect(external, 'this test needs a network interface besides loopback').toBeDefined();
    const port = new URL(service.url).port;
    const res = await fetch(`http://${external}:${port}/metrics`);
    expect(res.status).toBe(403);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('FORBIDDEN');
    // The same address may use the API.
    expect((await fetch(`http://${external}:${port}/health/live`)).status).toBe(200);
  });

  it('answers whoever sends METRICS_TOKEN when one is configured, and nobody else', async () => {
    const guarded = await startTestService({ METRICS_TOKEN: TOKEN });
    try {
      for (const headers of [
        {},
        { authorization: 'Bearer wrong-token-0123456789' },
        { authorization: TOKEN },
      ]) {
        const res = await fetch(`${guarded.url}/metrics`, { headers });
        expect(res.status).toBe(401);
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
        const text = await res.text();
        expect(text).toContain('UNAUTHENTICATED');
        expect(text).not.toContain('kg_');
      }
      expect(await scrape(guarded.url, { authorization: `Bearer ${TOKEN}` })).toContain(
        'kg_http_requests_total',
      );
    } finally {
      await guarded.stop();
    }
  });

  it('is not served at all when METRICS_ENABLED=false', async () => {
    const quiet = await startTestService({ METRICS_ENABLED: 'false' });
    try {
      const res = await fetch(`${quiet.url}/metrics`);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('kg_');
    } finally {
      await quiet.stop();
    }
  });
});
