// Safe by default: the service started as `npm start` starts it (NODE_ENV unset) never puts a stack trace, a
// server path or a raw Neo4j or library message in a response, whatever the request; internal errors are
// logged instead. Development mode is the operator's opt-in and shows internal errors with their stack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import type { RunningService } from '../../src/service.js';
import { insertMalformedEntities, openTestDb, type TestDb } from '../support/db.js';
import { gql, startTestService, uniqueSuffix } from '../support/service.js';

let t: TestDb;
let malformed: Awaited<ReturnType<typeof insertMalformedEntities>>;
let service: RunningService;

beforeAll(async () => {
  t = await openTestDb();
  malformed = await insertMalformedEntities(t, uniqueSuffix());
  // As `npm start` runs it: NODE_ENV unset.
  service = await startTestService({ NODE_ENV: '' });
});

afterAll(async () => {
  await service.stop();
  await malformed.remove();
  await t.close();
});

/** What must never reach a client outside development: stacks, paths, driver and library internals. */
const LEAKS: [string, RegExp][] = [
  ['a stacktrace key', /stacktrace/i],
  ['the repository path', new RegExp(repoRoot.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))],
  ['node_modules', /node_modules/],
  ['a source position', /\.(ts|js|mjs|cjs):\d+/],
  ['a stack frame', /\bat (?:async )?[\w.<>$]+ \(|\n\s+at /],
  ['a Neo4j status code', /Neo\.(ClientError|TransientError|DatabaseError)/],
  ['a driver error name', /Neo4jError/],
  ['a validation library message', /ZodError|"(expected|received)"/],
];

function expectNoLeak(what: string, body: string): void {
  for (const [leak, pattern] of LEAKS) expect(body, `${what} shows ${leak}: ${body}`).not.toMatch(pattern);
}

interface Probe {
  what: string;
  send(): Promise<Response>;
  /** The error code the probe must produce, so that it exercises the path it names. */
  code?: string;
}

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
const query = (document: string, variables: Record<string, unknown> = {}) =>
  post(JSON.stringify({ query: document, variables }));

const probes: Probe[] = [
  {
    what: 'an entity of an unknown kind (fails in our row validation)',
    send: () => query('query($id: ID!) { entity(id: $id) { id name } }', { id: malformed.alienKind }),
    code: 'INTERNAL_SERVER_ERROR',
  },
  {
    what: 'a name filter over an entity with a numeric name (fails inside Neo4j)',
    send: () => query('{ entities(filter: { name: "alien probe" }, first: 5) { totalCount } }'),
    code: 'INTERNAL_SERVER_ERROR',
  },
  {
    what: 'an unknown id',
    send: () => query('{ entity(id: "person/nobody-at-all") { id } }'),
    code: 'NOT_FOUND',
  },
  {
    what: 'an unknown field',
    send: () => query('{ entity(id: "person/sergei-shoigu") { id noSuchField } }'),
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    what: 'a document that does not parse',
    send: () => query('{ entity(id: '),
    code: 'GRAPHQL_PARSE_FAILED',
  },
  {
    what: 'a variable of the wrong type',
    send: () => query('query($n: PositiveInt!) { entities(first: $n) { totalCount } }', { n: 'ten' }),
    code: 'BAD_USER_INPUT',
  },
  {
    what: 'a mutation without a key',
    send: () => query('mutation { addAlias(entityId: "person/sergei-shoigu", alias: "x") { id } }'),
    code: 'UNAUTHENTICATED',
  },
  {
    what: 'a query over the depth limit',
    send: () =>
      query(
        `{ entity(id: "x") { ${'relations { edges { node { other { '.repeat(6)}id${' } } } }'.repeat(6)} } }`,
      ),
    code: 'LIMIT_EXCEEDED',
  },
  { what: 'a body that is not JSON', send: () => post('{"query": "{ __typename }"'), code: 'BAD_REQUEST' },
  { what: 'an unknown path', send: () => fetch(`${service.url}/no/such/path`), code: 'NOT_FOUND' },
  { what: 'the readiness probe', send: () => fetch(`${service.url}/health/ready`) },
  { what: 'a missing playground asset', send: () => fetch(`${service.url}/playground/assets/missing.js`) },
];

describe('errors by default (NODE_ENV unset)', () => {
  it.each(probes.map((p) => [p.what, p] as const))(
    '%s: no internals in the response',
    async (_what, probe) => {
      const res = await probe.send();
      const body = await res.text();
      expectNoLeak(probe.what, body);
      if (probe.code !== undefined) {
        const parsed = JSON.parse(body) as { errors?: { message: string; extensions?: { code?: string } }[] };
        expect(
          parsed.errors?.map((e) => e.extensions?.code),
          body,
        ).toContain(probe.code);
        if (probe.code === 'INTERNAL_SERVER_ERROR') {
          expect(parsed.errors?.map((e) => e.message)).toEqual(['Internal server error']);
        }
      }
    },
  );

  it('answers in full again once the probes are done', async () => {
    const res = await gql<{ entity: { name: string } }>(
      service.url,
      '{ entity(id: "person/sergei-shoigu") { name } }',
    );
    expect(res.body.data?.entity.name).toBe('Sergei Shoigu');
  });
});

describe('development mode (opt-in)', () => {
  let dev: RunningService;
  beforeAll(async () => {
    dev = await startTestService({ NODE_ENV: 'development' });
  });
  afterAll(async () => {
    await dev.stop();
  });

  it('shows an internal error with its message and stack', async () => {
    const res = await gql(dev.url, 'query($id: ID!) { entity(id: $id) { id } }', { id: malformed.alienKind });
    const [error] = res.body.errors ?? [];
    expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error?.message).not.toBe('Internal server error');
    expect(error?.message).toMatch(/"kind"/);
    const stack = error?.extensions?.stacktrace as string[] | undefined;
    expect(stack?.join('\n')).toMatch(/src\/graphql\/rows\.ts:\d+/);
  });

  it('shows API errors such as NOT_FOUND without a stack, as a client sees them', async () => {
    const res = await gql(dev.url, '{ entity(id: "person/nobody-at-all") { id } }');
    const [error] = res.body.errors ?? [];
    expect(error?.extensions?.code).toBe('NOT_FOUND');
    expect(error?.extensions).not.toHaveProperty('stacktrace');
  });
});
