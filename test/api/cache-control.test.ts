// Cache-control over real HTTP: reads are cacheable for CACHE_MAX_AGE (GET and persisted queries too), answers
// that depend on the API key are private, and writes, the review queue and errors are never stored.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { EDITOR_KEY, READER_KEY, asEditor, asReader, gql, startTestService } from '../support/service.js';

const READ = '{ entity(id: "org/nordwind-airlines") { name relations(first: 2) { totalCount } } }';

let service: RunningService;
let locked: RunningService;

beforeAll(async () => {
  service = await startTestService();
  locked = await startTestService({ READS_REQUIRE_AUTH: 'true' });
});
afterAll(async () => {
  await Promise.all([service.stop(), locked.stop()]);
});

/** A GET of /graphql as a browser's fetch or a CDN would send it (CSRF protection asks for a header). */
async function get(url: string, params: Record<string, string>, headers: Record<string, string> = {}) {
  const search = new URLSearchParams(params).toString();
  const res = await fetch(`${url}/graphql?${search}`, {
    headers: { accept: 'application/json', 'apollo-require-preflight': 'true', ...headers },
  });
  return {
    status: res.status,
    cacheControl: res.headers.get('cache-control'),
    body: await res.json(),
  };
}

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return res.headers.get('cache-control');
}

describe('cache-control', () => {
  it('lets anyone cache an anonymous read for CACHE_MAX_AGE, over GET and POST', async () => {
    const res = await get(service.url, { query: READ });
    expect(res.status).toBe(200);
    expect(res.cacheControl).toBe('max-age=60, public');
    expect(await post(service.url, READ)).toBe('max-age=60, public');
  });

  it('keeps an answer to a keyed request private', async () => {
    expect((await get(service.url, { query: READ }, asReader)).cacheControl).toBe('max-age=60, private');
    expect(await post(service.url, READ, { authorization: `Bearer ${EDITOR_KEY}` })).toBe(
      'max-age=60, private',
    );
  });

  it('keeps every answer private when reads need a key', async () => {
    const res = await get(locked.url, { query: READ }, { 'x-api-key': READER_KEY });
    expect(res.status).toBe(200);
    expect(res.cacheControl).toBe('max-age=60, private');
    expect((await get(locked.url, { query: READ })).cacheControl).not.toMatch(/public/);
  });

  it('never stores a mutation, the review queue, or an error', async () => {
    const mutation = await gql(
      service.url,
      'mutation { addAlias(entityId: "org/nordwind-airlines", alias: "Nordwind Airlines") { id } }',
      {},
      asEditor,
    );
    expect(mutation.body.errors).toBeUndefined();
    expect(
      await post(
        service.url,
        'mutation { addAlias(entityId: "org/nordwind-airlines", alias: "Nordwind Airlines") { id } }',
        asEditor,
      ),
    ).toBe('no-store');
    expect(await post(service.url, '{ candidates(first: 1) { totalCount } }', asEditor)).toBe('no-store');
    expect(
      (await get(service.url, { query: '{ entity(id: "person/nobody-at-all") { name } }' })).cacheControl,
    ).toBe('no-store');
    expect(await post(service.url, '{ entity(id: 1 }')).toBe('no-store');
  });

  it('makes persisted queries (APQ) over GET cacheable once registered', async () => {
    const query = `{ entity(id: "route/moscow-pyongyang-air") { name } }`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
    const unknown = await get(service.url, { extensions });
    expect(JSON.stringify(unknown.body)).toContain('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.cacheControl).toBe('no-store');
    const register = await get(service.url, { query, extensions });
    expect(register.status).toBe(200);
    const hit = await get(service.url, { extensions });
    expect(hit.status).toBe(200);
    expect(hit.body).toMatchObject({ data: { entity: { name: 'Moscow–Pyongyang air route' } } });
    expect(hit.cacheControl).toBe('max-age=60, public');
  });

  it('stores nothing when CACHE_MAX_AGE is 0', async () => {
    const uncached = await startTestService({ CACHE_MAX_AGE: '0' });
    try {
      expect((await get(uncached.url, { query: READ })).cacheControl).toBe('no-store');
    } finally {
      await uncached.stop();
    }
  });
});
