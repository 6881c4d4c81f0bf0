// GraphQL over HTTP as the spec describes it: POST and GET, the application/graphql-response+json media type,
// status codes for request errors, JSON (never HTML) for HTTP-level errors, CSRF prevention; and the server is
// still ready after all of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { EDITOR_KEY, gql, startTestService } from '../support/service.js';

let service: RunningService;
let endpoint: string;

beforeAll(async () => {
  service = await startTestService();
  endpoint = `${service.url}/graphql`;
});
afterAll(async () => {
  await service.stop();
});

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const READ = '{ entity(id: "person/sergei-shoigu") { id name } }';

interface Body {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(
  body: string,
  headers: Record<string, string> = {},
): Promise<{ res: Response; body: Body }> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, ...headers },
    body,
  });
  const text = await res.text();
  return { res, body: JSON.parse(text) as Body };
}

async function get(params: Record<string, string>, headers: Record<string, string> = {}) {
  const res = await fetch(`${endpoint}?${new URLSearchParams(params).toString()}`, {
    headers: { accept: GRAPHQL_RESPONSE, 'apollo-require-preflight': 'true', ...headers },
  });
  return { res, body: JSON.parse(await res.text()) as Body };
}

describe('GraphQL over HTTP', () => {
  it('answers POST with the media type asked for', async () => {
    const preferred = await gql<{ entity: { id: string } }>(service.url, READ);
    expect(preferred.status).toBe(200);
    expect(preferred.contentType).toMatch(/^application\/graphql-response\+json/);
    expect(preferred.body.data?.entity.id).toBe('person/sergei-shoigu');

    const legacy = await post(JSON.stringify({ query: READ }), { accept: 'application/json' });
    expect(legacy.res.status).toBe(200);
    expect(legacy.res.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('answers GET for queries, with variables and an operation name', async () => {
    const { res, body } = await get({
      query: 'query One($id: ID!) { entity(id: $id) { id } } query Two { __typename }',
      variables: JSON.stringify({ id: 'person/sergei-shoigu' }),
      operationName: 'One',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(body.data).toEqual({ entity: { id: 'person/sergei-shoigu' } });
  });

  it('refuses mutations over GET with 405 and Allow: POST, even for editors', async () => {
    const { res, body } = await get(
      { query: 'mutation { addAlias(entityId: "person/sergei-shoigu", alias: "Shoygu via GET") { id } }' },
      { 'x-api-key': EDITOR_KEY },
    );
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const aliases = await gql<{ entity: { aliases: string[] } }>(
      service.url,
      '{ entity(id: "person/sergei-shoigu") { aliases } }',
    );
    expect(aliases.body.data?.entity.aliases).not.toContain('Shoygu via GET');
  });

  it('answers request errors with 400 and a stable code', async () => {
    const cases: [string, string][] = [
      [JSON.stringify({ query: '{ entity(id: ' }), 'GRAPHQL_PARSE_FAILED'],
      [JSON.stringify({ query: '{ entity(id: "x") { noSuchField } }' }), 'GRAPHQL_VALIDATION_FAILED'],
      [
        JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }),
        'OPERATION_RESOLUTION_FAILURE',
      ],
      [
        JSON.stringify({
          query: 'query($n: PositiveInt!) { entities(first: $n) { totalCount } }',
          variables: { n: -1 },
        }),
        'BAD_USER_INPUT',
      ],
      [JSON.stringify({ variables: {} }), 'BAD_REQUEST'],
      [JSON.stringify([{ query: READ }, { query: READ }]), 'BAD_REQUEST'],
    ];
    for (const [body, code] of cases) {
      const { res, body: answer } = await post(body);
      expect(res.status, body).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
      expect(answer.errors?.[0]?.extensions?.code, body).toBe(code);
      expect(answer.data).toBeUndefined();
    }
  });

  it('answers a malformed JSON body with 400 and an oversized one with 413, as JSON', async () => {
    const malformed = await post('{"query": "{ __typename }"');
    expect(malformed.res.status).toBe(400);
    expect(malformed.res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(malformed.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(malformed.body.errors?.[0]?.message).toBe('The request body is not valid JSON');

    const oversized = await post(JSON.stringify({ query: READ, variables: { pad: 'x'.repeat(1_100_000) } }), {
      accept: 'application/json',
    });
    expect(oversized.res.status).toBe(413);
    expect(oversized.res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(oversized.body.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });

  it('blocks requests a browser could send cross-site (CSRF) and lets JSON ones through', async () => {
    const plain = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: READ }),
    });
    expect(plain.status).toBe(400);
    const answer = JSON.parse(await plain.text()) as Body;
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(answer.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);

    const simpleGet = await fetch(`${endpoint}?${new URLSearchParams({ query: READ }).toString()}`);
    expect(simpleGet.status).toBe(400);

    const json = await post(JSON.stringify({ query: READ }));
    expect(json.res.status).toBe(200);
    const jsonGet = await get(
      { query: READ },
      { 'content-type': 'application/json', 'apollo-require-preflight': '' },
    );
    expect(jsonGet.res.status).toBe(200);
  });

  it('answers other methods and unknown paths with JSON errors', async () => {
    const put = await fetch(endpoint, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(put.status).toBe(405);
    expect(put.headers.get('content-type')).toMatch(/json/);
    const missing = await fetch(`${service.url}/no-such-path`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await missing.json()) as Body).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('is still ready after all of that', async () => {
    const ready = await fetch(`${service.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });
});
