// One JSON line per request, over real HTTP: besides the id, method, path, status and duration, the GraphQL
// operation as resolved from the document (also when the client sent no operationName) and its type, how the
// request ended (ok, partial, error) with the error codes answered, and the caller as a role and a key id,
// never the key. Refusals Apollo answers before any plugin runs (CSRF) carry their code too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyIdOf } from '../../src/graphql/auth.js';
import type { RunningService } from '../../src/service.js';
import { captureLogs, completion, type LogLine } from '../support/log-capture.js';
import { EDITOR_KEY, READER_KEY, startTestService, uniqueSuffix } from '../support/service.js';

const logs = captureLogs();
let service: RunningService;

beforeAll(async () => {
  service = await startTestService({ LOG_LEVEL: 'info' }, { logger: logs.logger });
});
afterAll(async () => {
  await service.stop();
});

/** Sends a request with a fresh id and returns its status and its request line. */
interface Sent {
  method: string;
  headers?: Record<string, string>;
  body?: string;
}

async function lineFor(init: Sent, path = '/graphql') {
  const requestId = `log-${uniqueSuffix()}`;
  const res = await fetch(`${service.url}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers, 'x-request-id': requestId },
  });
  await res.arrayBuffer();
  const found = await logs.linesOf(requestId, (f) => completion(f) !== undefined);
  const line = completion(found);
  expect(line, `no request line for ${requestId}`).toBeDefined();
  return { status: res.status, line: line as LogLine };
}

const post = (query: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers,
  body: JSON.stringify({ query }),
});

describe('the request line', () => {
  it('names the resolved operation, its type, the outcome and the caller by key id', async () => {
    const { status, line } = await lineFor(
      post('query EntityCard { entity(id: "person/vladimir-putin") { id } }', { 'x-api-key': READER_KEY }),
    );
    expect(status).toBe(200);
    expect(line).toMatchObject({
      requestId: expect.any(String) as unknown,
      method: 'POST',
      path: '/graphql',
      status: 200,
      durationMs: expect.any(Number) as unknown,
      operationName: 'EntityCard',
      operationType: 'query',
      outcome: 'ok',
      client: { role: 'reader', keyId: keyIdOf(READER_KEY) },
    });
    expect(line.errorCodes).toBeUndefined();
  });

  it('says a request with data and errors was partial, with the codes', async () => {
    const { line } = await lineFor(
      post(
        'query Two { a: entity(id: "person/vladimir-putin") { id } b: entity(id: "person/nobody-at-all") { id } }',
      ),
    );
    expect(line).toMatchObject({
      operationName: 'Two',
      outcome: 'partial',
      errorCodes: ['NOT_FOUND'],
      client: { role: 'anonymous' },
    });
  });

  it('says a refused mutation failed, with its code, for the editor role it needed', async () => {
    const { status, line } = await lineFor(
      post('mutation Rename { addAlias(entityId: "person/vladimir-putin", alias: "V. P.") { id } }', {
        'x-api-key': READER_KEY,
      }),
    );
    expect(status).toBe(403);
    expect(line).toMatchObject({ operationType: 'mutation', outcome: 'error', errorCodes: ['FORBIDDEN'] });
  });

  it('logs an unknown key as UNAUTHENTICATED without the key', async () => {
    const key = `not-a-configured-key-${uniqueSuffix()}`;
    const { status, line } = await lineFor(post('{ __typename }', { authorization: `Bearer ${key}` }));
    expect(status).toBe(401);
    expect(line).toMatchObject({ outcome: 'error', errorCodes: ['UNAUTHENTICATED'] });
    expect(JSON.stringify(line)).not.toContain(key);
  });

  it("carries the code of refusals answered before GraphQL's plugins run", async () => {
    const csrf = await lineFor({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(csrf.status).toBe(400);
    expect(csrf.line).toMatchObject({ outcome: 'error', errorCodes: ['BAD_REQUEST'] });
    const malformed = await lineFor({ method: 'POST', body: '{"query":' });
    expect(malformed.line).toMatchObject({ status: 400, outcome: 'error', errorCodes: ['BAD_REQUEST'] });
  });

  it('says ok for other routes that answered, with no caller', async () => {
    const { line } = await lineFor({ method: 'GET' }, '/health/live');
    expect(line).toMatchObject({ path: '/health/live', status: 200, outcome: 'ok' });
    expect(line.client).toBeUndefined();
  });

  it('never writes a configured key', () => {
    const all = logs.raw.join('\n');
    expect(all).not.toContain(READER_KEY);
    expect(all).not.toContain(EDITOR_KEY);
  });
});
