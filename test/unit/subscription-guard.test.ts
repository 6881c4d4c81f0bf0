// The checks a subscription gets over WebSocket, without a server: the same limits, validation and access
// rule as a query over HTTP, each refusal with its stable code.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createProtection } from '../../src/graphql/protection.js';
import { buildSchema } from '../../src/graphql/schema.js';
import { checkSubscription } from '../../src/graphql/subscription/guard.js';
import { connectionHeaders, originAllowed } from '../../src/graphql/subscription/websocket.js';

const config = loadConfig({
  NODE_ENV: 'production',
  READS_REQUIRE_AUTH: 'true',
  MAX_DEPTH: '5',
  MAX_ALIASES: '2',
  MAX_TOKENS: '60',
  MAX_COST: '3000',
});
const schema = buildSchema();
const { validationRules } = createProtection({ config, logger: createLogger('silent') });
const deps = { schema, config, validationRules };

const codes = (result: ReturnType<typeof checkSubscription>): unknown[] =>
  Array.isArray(result) ? result.map((e) => e.extensions.code) : [];

describe('checkSubscription', () => {
  it('checks arguments as queries are checked: text caps, control characters, null for a required id', () => {
    const entityMentioned = (id: unknown) =>
      checkSubscription(deps, 'reader', {
        query: 'subscription ($id: ID!) { entityMentioned(id: $id) { entity { id } } }',
        variables: { id },
      });
    expect(codes(entityMentioned('x'.repeat(201)))).toEqual(['BAD_USER_INPUT']);
    expect(codes(entityMentioned('org/\u0000'))).toEqual(['BAD_USER_INPUT']);
    expect(Array.isArray(entityMentioned('x'.repeat(200)))).toBe(false);
    const relationAdded = checkSubscription(deps, 'reader', {
      query: 'subscription { relationAdded(entityId: null) { change } }',
    });
    expect(Array.isArray(relationAdded)).toBe(false);
  });

  it('accepts a subscription within the limits from a reader', () => {
    const result = checkSubscription(deps, 'reader', {
      query: 'subscription Live { articleIngested { article { id title } } }',
    });
    expect(Array.isArray(result)).toBe(false);
    if (!Array.isArray(result)) expect(result.operation.name?.value).toBe('Live');
  });

  it.each([
    [
      'anonymous when reads need a key',
      'anonymous',
      'subscription { articleIngested { article { id } } }',
      'UNAUTHENTICATED',
    ],
    [
      'too many tokens',
      'reader',
      `subscription { articleIngested { article { ${'id '.repeat(60)} } } }`,
      'LIMIT_EXCEEDED',
    ],
    [
      'too deep',
      'reader',
      'subscription { articleIngested { entities { relations { edges { node { id } } } } } }',
      'LIMIT_EXCEEDED',
    ],
    [
      'too many aliases',
      'reader',
      'subscription { a: articleIngested { b: article { c: id } } }',
      'LIMIT_EXCEEDED',
    ],
    [
      'too costly',
      'reader',
      'subscription { articleIngested { entities { mentions(first: 100) { edges { node { surface sentence } } } } } }',
      'LIMIT_EXCEEDED',
    ],
    ['a syntax error', 'reader', 'subscription {', 'GRAPHQL_PARSE_FAILED'],
    [
      'an unknown field',
      'reader',
      'subscription { articleIngested { colour } }',
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['a query', 'reader', '{ entity(id: "x") { id } }', 'BAD_USER_INPUT'],
    [
      'two unnamed choices',
      'reader',
      'subscription A { articleIngested { article { id } } } subscription B { articleIngested { article { id } } }',
      'BAD_USER_INPUT',
    ],
  ] as const)('refuses %s', (_what, role, query, code) => {
    expect(codes(checkSubscription(deps, role, { query }))).toContain(code);
  });

  it('hides field suggestions outside development, as over HTTP', () => {
    const result = checkSubscription(deps, 'reader', {
      query: 'subscription { articleIngested { articel { id } } }',
    });
    expect(Array.isArray(result) ? result.map((e) => e.message).join() : '').not.toMatch(/Did you mean/);
  });
});

describe('connection parameters', () => {
  it('take the key from the parameters first, then from the upgrade request', () => {
    expect(connectionHeaders({ apiKey: 'k1' }, { 'x-api-key': 'k2' })).toEqual({
      'x-api-key': 'k1',
      authorization: undefined,
    });
    expect(connectionHeaders({ headers: { authorization: 'Bearer k3' } }, {})).toEqual({
      'x-api-key': undefined,
      authorization: 'Bearer k3',
    });
    expect(connectionHeaders({}, { authorization: 'Bearer k4' })).toEqual({
      'x-api-key': undefined,
      authorization: 'Bearer k4',
    });
    expect(connectionHeaders({ apiKey: 42 }, {})).toEqual({
      'x-api-key': undefined,
      authorization: undefined,
    });
  });

  it('let browsers in from the configured origins only', () => {
    expect(originAllowed(['*'], 'https://any.example')).toBe(true);
    expect(originAllowed(['https://dash.example'], 'https://dash.example')).toBe(true);
    expect(originAllowed(['https://dash.example'], 'https://evil.example')).toBe(false);
    expect(originAllowed(['https://dash.example'], undefined)).toBe(true);
  });
});
