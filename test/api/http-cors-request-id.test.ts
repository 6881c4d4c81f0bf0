// Dashboards on another origin: CORS preflights allow the headers real clients send (Apollo Client's client
// awareness and operation name, keys, request ids), every response carries an `x-request-id` (the caller's,
// or a new one), and each request writes one JSON log line with that id, which errors logged while serving
// it carry too. API keys never reach the log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORS_ALLOWED_HEADERS } from '../../src/http/app.js';
import type { RunningService } from '../../src/service.js';
import { insertMalformedEntities, openTestDb, type TestDb } from '../support/db.js';
import { captureLogs, completion } from '../support/log-capture.js';
import { READER_KEY, startTestService, uniqueSuffix } from '../support/service.js';

const DASHBOARD = 'http://dashboard.example:8080';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The headers Apollo Client 4, GraphiQL and fetch-based dashboards send across origins. */
const CLIENT_HEADERS = [
  'content-type',
  'authorization',
  'x-api-key',
  'apollo-require-preflight',
  'apollographql-client-name',
  'apollographql-client-version',
  'x-apollo-operation-name',
  'x-request-id',
];

const logs = captureLogs();

let t: TestDb;
let malformed: Awaited<ReturnType<typeof insertMalformedEntities>>;
let service: RunningService;

beforeAll(async () => {
  t = await openTestDb();
  malformed = await insertMalformedEntities(t, uniqueSuffix());
  service = await startTestService({ LOG_LEVEL: 'info' }, { logger: logs.logger });
});

afterAll(async () => {
  await service.stop();
  await malformed.remove();
  await t.close();
});

const preflight = (requestHeaders: string) =>
  fetch(`${service.url}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin: DASHBOARD,
      'access-control-request-method': 'POST',
      'access-control-request-headers': requestHeaders,
    },
  });

const allowedBy = (res: Response): string[] =>
  (res.headers.get('access-control-allow-headers') ?? '').split(',').map((h) => h.trim().toLowerCase());

describe('CORS for dashboards on another origin', () => {
  it('allows exactly what the service declares', () => {
    expect([...CORS_ALLOWED_HEADERS].sort()).toEqual([...CLIENT_HEADERS].sort());
  });

  it.each(CLIENT_HEADERS)('lets a preflight with %s through', async (header) => {
    const res = await preflight(header);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(allowedBy(res)).toContain(header);
  });

  it('lets a preflight with all of them at once through, as Apollo Client sends it', async () => {
    const res = await preflight(CLIENT_HEADERS.join(', '));
    expect(res.status).toBe(204);
    expect(allowedBy(res)).toEqual(expect.arrayContaining(CLIENT_HEADERS));
  });

  it('lets the page read x-request-id from the response', async () => {
    const res = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: {
        origin: DASHBOARD,
        'content-type': 'application/json',
        'apollographql-client-name': 'dashboard',
        'apollographql-client-version': '1.2.3',
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    const exposed = (res.headers.get('access-control-expose-headers') ?? '').toLowerCase();
    expect(exposed.split(',').map((h) => h.trim())).toContain('x-request-id');
    expect(res.headers.get('x-request-id')).toMatch(UUID);
  });
});

describe('x-request-id', () => {
  it("echoes the caller's id on every kind of response", async () => {
    const requests: [string, RequestInit][] = [
      [
        '/graphql',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        },
      ],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' }],
      ['/health/live', {}],
      ['/health/ready', {}],
      ['/playground/', {}],
      ['/no/such/path', {}],
    ];
    for (const [path, init] of requests) {
      const id = `dash-${uniqueSuffix()}`;
      const res = await fetch(`${service.url}${path}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string> | undefined), 'x-request-id': id },
      });
      expect(res.headers.get('x-request-id'), path).toBe(id);
    }
  });

  it('generates one when the request has none', async () => {
    const first = await fetch(`${service.url}/health/live`);
    const second = await fetch(`${service.url}/health/live`);
    expect(first.headers.get('x-request-id')).toMatch(UUID);
    expect(second.headers.get('x-request-id')).toMatch(UUID);
    expect(first.headers.get('x-request-id')).not.toBe(second.headers.get('x-request-id'));
  });

  it.each([
    ['too long', 'x'.repeat(129)],
    ['spaces and quotes', 'a b "c"'],
    ['two ids in one (a repeated header)', 'one, two'],
  ])('replaces an id that is %s', async (_what, sent) => {
    const res = await fetch(`${service.url}/health/live`, { headers: { 'x-request-id': sent } });
    expect(res.headers.get('x-request-id')).toMatch(UUID);
  });
});

describe('request log', () => {
  it('writes one line per request with the id, method, path, status, duration and operation', async () => {
    const id = `dash-${uniqueSuffix()}`;
    const res = await fetch(`${service.url}/graphql?ignored=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': id, 'x-api-key': READER_KEY },
      body: JSON.stringify({ query: 'query DashboardProbe { __typename }', operationName: 'DashboardProbe' }),
    });
    expect(res.status).toBe(200);
    const found = await logs.linesOf(id, (f) => completion(f) !== undefined);
    expect(found.filter((line) => line.msg === 'request completed')).toHaveLength(1);
    expect(completion(found)).toMatchObject({
      level: 30,
      requestId: id,
      method: 'POST',
      path: '/graphql',
      status: 200,
      operationName: 'DashboardProbe',
    });
    expect(typeof completion(found)?.durationMs).toBe('number');
  });

  it('logs a failed request as an error, with its id', async () => {
    const id = `dash-${uniqueSuffix()}`;
    await fetch(`${service.url}/no/such/path`, { headers: { 'x-request-id': id } });
    const found = await logs.linesOf(id, (f) => completion(f) !== undefined);
    expect(completion(found)).toMatchObject({
      requestId: id,
      method: 'GET',
      path: '/no/such/path',
      status: 404,
    });
  });

  it('logs an internal error in full with the id the client got, which the client sees masked', async () => {
    const id = `dash-${uniqueSuffix()}`;
    const res = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': id },
      body: JSON.stringify({ query: '{ entity(id: "' + malformed.alienKind + '") { id } }' }),
    });
    const body = (await res.json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0]?.message).toBe('Internal server error');
    const found = await logs.linesOf(id, (f) => completion(f) !== undefined && f.length > 1);
    const internal = found.find((line) => line.msg === 'internal error while resolving a GraphQL request');
    expect(internal).toMatchObject({ level: 50, requestId: id, path: ['entity'] });
    expect(JSON.stringify(internal?.err)).toMatch(/kind/);
  });

  it('never writes an API key', () => {
    expect(logs.raw.length).toBeGreaterThan(0);
    expect(logs.raw.join('\n')).not.toContain(READER_KEY);
  });
});
