// Request limits over real HTTP: depth, aliases, tokens, directives and cost are refused before anything
// executes (HTTP 400, LIMIT_EXCEEDED, a message naming the limit); page sizes and hop counts are refused by
// the fields that take them. The server answers normally afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { gql, startTestService } from '../support/service.js';

let service: RunningService;

beforeAll(async () => {
  service = await startTestService();
});
afterAll(async () => {
  await service.stop();
});

/** A request-wide limit: refused before execution with 400, no data, one LIMIT_EXCEEDED error. */
async function expectRefused(query: string, message: RegExp): Promise<Record<string, unknown>> {
  const res = await gql(service.url, query);
  expect(res.status).toBe(400);
  expect(res.body.data).toBeUndefined();
  const error = res.body.errors?.find((e) => e.extensions?.code === 'LIMIT_EXCEEDED');
  expect(error, JSON.stringify(res.body.errors)).toBeDefined();
  expect(error?.message).toMatch(message);
  return error?.extensions ?? {};
}

describe('request-wide limits', () => {
  it('refuses queries deeper than MAX_DEPTH', async () => {
    const nested = (levels: number): string =>
      levels === 0 ? 'id' : `relations(first: 1) { edges { node { object { ${nested(levels - 1)} } } } }`;
    // entity + 3 × (relations, edges, node, object) + id = depth 14 > 12.
    const extensions = await expectRefused(
      `{ entity(id: "person/sergei-shoigu") { ${nested(3)} } }`,
      /depth limit of 12 exceeded, found 14/,
    );
    expect(extensions).toMatchObject({ limit: 'depth', max: 12 });
    // Depth 10 is fine.
    const ok = await gql(service.url, `{ entity(id: "person/sergei-shoigu") { ${nested(2)} } }`);
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
  });

  it('refuses more aliases than MAX_ALIASES', async () => {
    const aliases = Array.from(
      { length: 16 },
      (_, i) => `a${i}: entity(id: "person/sergei-shoigu") { id }`,
    ).join(' ');
    const extensions = await expectRefused(`{ ${aliases} }`, /Aliases limit of 15 exceeded, found 16/);
    expect(extensions).toMatchObject({ limit: 'aliases', max: 15 });
  });

  it('refuses documents with more tokens than MAX_TOKENS before parsing them', async () => {
    const extensions = await expectRefused(
      `{ ${'__typename '.repeat(2_100)} }`,
      /Token limit of 2000 exceeded/,
    );
    expect(extensions).toMatchObject({ limit: 'tokens', max: 2000 });
  });

  it('refuses too many directives', async () => {
    await expectRefused(
      `{ __typename ${'@include(if: true) '.repeat(51)} }`,
      /Directives limit of 50 exceeded/,
    );
  });

  it('refuses a query whose cost (lists weighted by first/limit) is over MAX_COST, naming both', async () => {
    const query = `{
      entities(first: 100) { edges { node { id relations(first: 100) { edges { other { id name } node { id type } } } } } }
    }`;
    const extensions = await expectRefused(query, /Query cost \d+ exceeds the limit of 50000/);
    expect(extensions.max).toBe(50_000);
    expect(extensions.cost).toBeGreaterThan(50_000);
    // The same shape with small pages is cheap, and variables count as the values they carry.
    const small = await gql(
      service.url,
      `query($n: PositiveInt!) { entities(first: $n) { edges { node { id relations(first: $n) { totalCount } } } } }`,
      { n: 5 },
    );
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    const viaVariables = await gql(
      service.url,
      `query($n: PositiveInt!) { entities(first: $n) { edges { node { relations(first: $n) { edges { other { id name } node { id } } } } } } }`,
      { n: 100 },
    );
    expect(viaVariables.status).toBe(400);
    expect(viaVariables.body.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });

  it('hides field suggestions outside development', async () => {
    const res = await gql(service.url, '{ entiti(id: "x") { id } }');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('field limits', () => {
  it('refuses a page size over MAX_PAGE_SIZE', async () => {
    const res = await gql(service.url, '{ entities(first: 1000) { totalCount } }');
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(res.body.errors?.[0]?.message).toMatch(/at most 100/);
  });

  it('refuses paths longer than MAX_PATH_HOPS and neighbourhoods deeper than 3', async () => {
    const paths = await gql(
      service.url,
      '{ paths(from: "person/sergei-shoigu", to: "person/kim-jong-un", maxHops: 7) { length } }',
    );
    expect(paths.body.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(paths.body.errors?.[0]?.message).toMatch(/maxHops/);
    const neighbourhood = await gql(
      service.url,
      '{ neighbourhood(id: "person/sergei-shoigu", depth: 4) { truncated } }',
    );
    expect(neighbourhood.body.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });

  it('still answers after all of that', async () => {
    const ready = await fetch(`${service.url}/health/ready`);
    expect(ready.status).toBe(200);
    const res = await gql<{ entity: { id: string } }>(
      service.url,
      '{ entity(id: "person/sergei-shoigu") { id } }',
    );
    expect(res.body.data?.entity.id).toBe('person/sergei-shoigu');
  });
});
