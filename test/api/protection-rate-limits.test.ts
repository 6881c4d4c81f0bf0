// Rate limits over real HTTP: per address for anonymous callers, per API key for the others, and a query cost
// budget per client per window. Over a limit: HTTP 429, `Retry-After`, LIMIT_EXCEEDED naming the limit, nothing
// executed; other clients are not affected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { asEditor, asReader, startTestService } from '../support/service.js';

let service: RunningService;
const refusals: { limit: string; client: string }[] = [];

beforeAll(async () => {
  service = await startTestService({
    RATE_LIMIT_WINDOW_SECONDS: '60',
    RATE_LIMIT_ADDRESS_REQUESTS: '5',
    RATE_LIMIT_KEY_REQUESTS: '8',
    RATE_LIMIT_COST: '2000',
  });
  service.reliability.events.on('rateLimited', (event) => refusals.push(event));
});
afterAll(async () => {
  await service.stop();
});

const LIGHT = '{ entity(id: "person/sergei-shoigu") { id } }';

async function post(query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body };
}

function expectRefused(res: Awaited<ReturnType<typeof post>>, limit: string): void {
  expect(res.status, JSON.stringify(res.body)).toBe(429);
  expect(Number(res.retryAfter)).toBeGreaterThanOrEqual(1);
  expect(Number(res.retryAfter)).toBeLessThanOrEqual(60);
  expect(res.body.data).toBeUndefined();
  expect(res.body.errors?.[0]?.extensions).toMatchObject({
    code: 'LIMIT_EXCEEDED',
    limit,
    retryAfter: Number(res.retryAfter),
  });
}

describe('per-client rate limits', () => {
  it('answers an anonymous address 429 with Retry-After once it is over its request limit', async () => {
    for (let i = 0; i < 5; i += 1) {
      const ok = await post(LIGHT);
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    }
    expectRefused(await post(LIGHT), 'requests');
    // A wrong key is counted against the address too: guessing keys does not buy requests.
    expectRefused(await post(LIGHT, { 'x-api-key': 'not-a-key-0123456789' }), 'requests');
    // A valid key is a client of its own, with its own limit.
    const keyed = await post(LIGHT, asReader);
    expect(keyed.status).toBe(200);
    expect(refusals).toContainEqual({ limit: 'requests', client: 'address' });
  });

  it('limits each API key separately', async () => {
    // asReader made one request above; 7 more reach its limit of 8.
    for (let i = 0; i < 7; i += 1) expect((await post(LIGHT, asReader)).status).toBe(200);
    expectRefused(await post(LIGHT, asReader), 'requests');
    // The editor key still has its whole allowance.
    expect((await post(LIGHT, asEditor)).status).toBe(200);
    expect(refusals).toContainEqual({ limit: 'requests', client: 'key' });
  });

  it('charges query cost to a budget and refuses, before executing, once it is spent', async () => {
    // search(first: 100) { ... } costs about 100 × what each hit selects; a few such spend a budget of 2,000.
    const heavy = `{ search(text: "Shoigu", first: 100) { score matchedOn passage { text } node { ... on Entity { id name } } } }`;
    const answers = [];
    for (let i = 0; i < 6; i += 1) answers.push(await post(heavy, asEditor));
    const first = answers[0];
    expect(first?.status, JSON.stringify(first?.body)).toBe(200);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    for (const res of refused) expectRefused(res, 'cost-budget');
    expect(refusals).toContainEqual({ limit: 'cost', client: 'key' });
  });
});
