// The metrics' labels stay bounded whatever clients send (operation names, codes, paths), and the /metrics
// access rule: loopback only without a token, the token (and only it) with one.
import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { isLoopback, metricsAccess, routeOf } from '../../src/metrics/http.js';
import { MAX_OPERATION_NAMES, Metrics } from '../../src/metrics/metrics.js';

const seriesOf = async (metrics: Metrics, name: string): Promise<string[]> =>
  (await metrics.registry.metrics()).split('\n').filter((line) => line.startsWith(`${name}{`));

describe('metric labels', () => {
  it('keeps the first operation names and counts the rest as (other)', async () => {
    const metrics = new Metrics();
    for (let i = 0; i < MAX_OPERATION_NAMES + 50; i += 1)
      metrics.graphqlOperation(`Op${i}`, 'query', 'ok', 0.01);
    metrics.graphqlOperation('Op0', 'query', 'ok', 0.01);
    metrics.graphqlOperation(undefined, 'query', 'ok', 0.01);
    const series = await seriesOf(metrics, 'kg_graphql_operations_total');
    expect(series).toHaveLength(MAX_OPERATION_NAMES + 2);
    expect(series).toContain('kg_graphql_operations_total{operation="Op0",type="query",outcome="ok"} 2');
    expect(series).toContain('kg_graphql_operations_total{operation="(other)",type="query",outcome="ok"} 50');
    expect(series).toContain(
      'kg_graphql_operations_total{operation="(anonymous)",type="query",outcome="ok"} 1',
    );
  });

  it('refuses label values that are not plain names', async () => {
    const metrics = new Metrics();
    metrics.error('NOT_FOUND');
    metrics.error('not_a_code"\n');
    metrics.refused('rate:address');
    metrics.refused('x'.repeat(500));
    metrics.finished({
      query: 'entity/by-ids',
      mode: 'read',
      metadata: {},
      durationSeconds: 0.002,
      ok: true,
    });
    metrics.finished({
      query: 'MATCH (n) RETURN n',
      mode: 'read',
      metadata: {},
      durationSeconds: 0.002,
      ok: false,
    });
    expect(await seriesOf(metrics, 'kg_errors_total')).toEqual([
      'kg_errors_total{code="NOT_FOUND"} 1',
      'kg_errors_total{code="OTHER"} 1',
    ]);
    expect(await seriesOf(metrics, 'kg_limit_refusals_total')).toEqual([
      'kg_limit_refusals_total{limit="rate:address"} 1',
      'kg_limit_refusals_total{limit="other"} 1',
    ]);
    const queries = (await seriesOf(metrics, 'kg_neo4j_query_duration_seconds_count')).join('\n');
    expect(queries).toContain('query="entity/by-ids",mode="read",outcome="ok"');
    expect(queries).toContain('query="other",mode="read",outcome="error"');
  });

  it('labels requests by route, and every unknown path alike', () => {
    expect(routeOf('/graphql')).toBe('/graphql');
    expect(routeOf('/playground/assets/index-abc.js')).toBe('/playground');
    expect(routeOf('/health/ready')).toBe('/health/ready');
    expect(routeOf('/wp-admin/setup.php')).toBe('unmatched');
    expect(routeOf('/graphql/../../etc/passwd')).toBe('unmatched');
  });

  it('keeps each service instance apart', async () => {
    const a = new Metrics();
    const b = new Metrics();
    a.ingest('created', 0.5);
    expect((await seriesOf(a, 'kg_ingest_articles_total')).length).toBe(1);
    expect((await seriesOf(b, 'kg_ingest_articles_total')).length).toBe(0);
  });
});

describe('who may scrape', () => {
  const request = (remoteAddress: string, authorization?: string): Request =>
    ({ socket: { remoteAddress }, headers: authorization ? { authorization } : {} }) as unknown as Request;

  it('tells loopback addresses from others', () => {
    for (const a of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])
      expect(isLoopback(a), a).toBe(true);
    for (const a of ['192.0.2.2', '::ffff:10.0.0.1', 'fd00::2', '0.0.0.0', undefined])
      expect(isLoopback(a)).toBe(false);
  });

  it('without a token: this machine only', () => {
    const open = { enabled: true, token: undefined };
    expect(metricsAccess(open, request('127.0.0.1'))).toBe('ok');
    expect(metricsAccess(open, request('10.1.2.3'))).toBe('forbidden');
  });

  it('with a token: whoever presents it as a bearer token, from anywhere', () => {
    const guarded = { enabled: true, token: 'metrics-token-0123456789' };
    expect(metricsAccess(guarded, request('10.1.2.3', 'Bearer metrics-token-0123456789'))).toBe('ok');
    expect(metricsAccess(guarded, request('127.0.0.1'))).toBe('unauthenticated');
    expect(metricsAccess(guarded, request('127.0.0.1', 'Bearer metrics-token-012345678'))).toBe(
      'unauthenticated',
    );
    expect(metricsAccess(guarded, request('127.0.0.1', 'metrics-token-0123456789'))).toBe('unauthenticated');
  });
});
