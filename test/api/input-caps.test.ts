// Text inputs over real HTTP: every text argument and input field (found by walking the schema) has the length
// cap its description in schema.graphql states, and one character more is BAD_USER_INPUT before anything runs,
// as a variable and as a literal, changing nothing; control characters and lone surrogates are refused too.
import { getNullableType, isNonNullType, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/graphql/schema.js';
import type { RunningService } from '../../src/service.js';
import { graphSize, openTestDb, type TestDb } from '../support/db.js';
import {
  fieldCalls,
  fieldsWithArguments,
  literalOf,
  operationText,
  pathText,
  sampleValue,
  textPositions,
  withValueAt,
} from '../support/field-calls.js';
import { asEditor, gql, startTestService, uniqueSuffix } from '../support/service.js';

const schema = buildSchema();
let service: RunningService;
let t: TestDb;
const created: string[] = [];

beforeAll(async () => {
  service = await startTestService();
  t = await openTestDb();
});
afterAll(async () => {
  await t.query('MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e', { ids: created });
  await t.close();
  await service.stop();
});

const calls = fieldCalls({
  articleId: 'article/0000000000000000',
  keep: 'person/unknown-keep',
  merge: 'person/unknown-merge',
  aliasTarget: 'org/unknown',
  candidateForAlias: 'candidate/unknown',
  candidateForNew: 'candidate/unknown',
  proposal: 'proposal/unknown',
});

/** The cap a description states ("at most 300 characters"), or null when it states none. */
const documentedCap = (description: string): number | null => {
  const match = /at most (\d+) characters/.exec(description);
  return match ? Number(match[1]) : null;
};

const positions = fieldsWithArguments(schema).flatMap(({ coordinate, field }) =>
  textPositions(coordinate, field).map((p) => ({
    ...p,
    field: coordinate,
    fieldName: field.name,
    mutation: coordinate.startsWith('Mutation.'),
    argumentPath: pathText(p.argument.name, p.path),
    cap: documentedCap(p.description),
    name: `${coordinate} ${pathText(p.argument.name, p.path)}`,
  })),
);
type Position = (typeof positions)[number];

/** The field called with every required argument sampled and `text` at the position under test. */
function request(p: Position, text: string, as: 'variable' | 'literal') {
  const call = calls[p.field];
  if (!call) throw new Error(`test/support/field-calls.ts has no call for ${p.field}: add one`);
  const field = fieldsWithArguments(schema).find((f) => f.coordinate === p.field)?.field;
  const required = (field?.args ?? []).filter(
    (a) => isNonNullType(a.type) && a.defaultValue === undefined && a.name !== p.argument.name,
  );
  const values: Record<string, { type: GraphQLInputType; value: unknown }> = {
    [p.argument.name]: {
      type: p.argument.type,
      value: withValueAt(p.path.length > 0 ? sampleValue(p.argument.type) : undefined, p.path, text),
    },
  };
  for (const a of required) values[a.name] = { type: a.type, value: sampleValue(a.type) };
  if (as === 'literal') {
    const args = Object.fromEntries(Object.entries(values).map(([n, v]) => [n, literalOf(v.value, v.type)]));
    return { query: operationText(call, p.fieldName, args), variables: {} };
  }
  const declared = Object.entries(values)
    .map(([n, v]) => `$${n}: ${String(isNonNullType(v.type) ? v.type : getNullableType(v.type))}`)
    .join(', ');
  return {
    query: operationText(
      call,
      p.fieldName,
      Object.fromEntries(Object.keys(values).map((n) => [n, `$${n}`])),
      declared,
    ),
    variables: Object.fromEntries(Object.entries(values).map(([n, v]) => [n, v.value])),
  };
}

describe('every text input has a documented cap', () => {
  it('finds the text inputs the issue names, each with its cap stated in schema.graphql', () => {
    const byPath = new Map(positions.map((p) => [`${p.field} ${p.argumentPath}`, p.cap]));
    expect(byPath.get('Mutation.upsertEntity input.name')).toBe(300);
    expect(byPath.get('Mutation.upsertEntity input.aliases[0]')).toBe(300);
    expect(byPath.get('Mutation.ingestArticle input.title')).toBe(1000);
    expect(byPath.get('Mutation.ingestArticle input.source')).toBe(300);
    expect(byPath.get('Mutation.addRelation input.note')).toBe(2000);
    expect(byPath.get('Mutation.addRelation input.evidence[0].quote')).toBe(2000);
    expect(byPath.get('Query.search text')).toBe(500);
    expect(byPath.get('Query.entity id')).toBe(200);
    // The article text alone is capped in bytes (200 KB, LIMIT_EXCEEDED: see write-ingest.test.ts).
    expect(positions.filter((p) => p.cap === null).map((p) => p.name)).toEqual([
      'Mutation.ingestArticle input.text',
    ]);
    expect(positions.length).toBeGreaterThan(50);
  });
});

describe('one character over the cap is BAD_USER_INPUT before anything runs', () => {
  let before: { nodes: number; relationships: number };
  beforeAll(async () => {
    before = await graphSize(t);
  });
  afterAll(async () => {
    expect(await graphSize(t)).toEqual(before);
  });

  it.each(positions.filter((p) => p.cap !== null))('$name', async (p) => {
    const cap = p.cap ?? 0;
    for (const as of ['variable', 'literal'] as const) {
      const { query, variables } = request(p, 'x'.repeat(cap + 1), as);
      const res = await gql(service.url, query, variables, asEditor);
      expect(res.status, `${as}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(res.body.data).toBeUndefined();
      const [error] = res.body.errors ?? [];
      expect(error?.extensions?.code, as).toBe('BAD_USER_INPUT');
      expect(error?.extensions).toMatchObject({ argument: p.argumentPath, maxLength: cap });
      expect(error?.message).toContain(`must be at most ${cap} characters (got ${cap + 1})`);
    }
  });
});

describe('a text at its cap is accepted', () => {
  it.each(positions.filter((p) => p.cap !== null && !p.mutation))('$name', async (p) => {
    const { query, variables } = request(p, 'x'.repeat(p.cap ?? 0), 'variable');
    const res = await gql(service.url, query, variables, asEditor);
    expect(res.body.errors?.filter((e) => e.extensions?.maxLength !== undefined) ?? []).toEqual([]);
    expect(res.status).not.toBe(500);
  });

  it('stores a 300-character name and reads it back; 40,000 characters are refused and change nothing', async () => {
    const UPSERT = 'mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { id name aliases } }';
    const name = `Long ${uniqueSuffix()} ${'Name'.repeat(100)}`.slice(0, 300);
    const ok = await gql<{ upsertEntity: { id: string; name: string; aliases: string[] } }>(
      service.url,
      UPSERT,
      { input: { kind: 'ORGANISATION', name } },
      asEditor,
    );
    expect(ok.body.errors).toBeUndefined();
    const entity = ok.body.data?.upsertEntity;
    if (entity) created.push(entity.id);
    expect(entity?.name).toBe(name);

    const before = await graphSize(t);
    // The request: Neo4j answered "Property value is too large to index", as INTERNAL_SERVER_ERROR.
    const huge = await gql(
      service.url,
      UPSERT,
      { input: { kind: 'PERSON', name: 'N'.repeat(40_000) } },
      asEditor,
    );
    expect(huge.status).toBe(400);
    expect(huge.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(huge.body.errors?.[0]?.message).toBe(
      '"input.name" of Mutation.upsertEntity must be at most 300 characters (got 40000)',
    );
    expect(await graphSize(t)).toEqual(before);
  });
});

describe('control characters and lone surrogates', () => {
  const cases: { name: string; query: string; variables: Record<string, unknown>; argument: string }[] = [
    {
      name: 'a NUL in an entity name',
      query: 'mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { id } }',
      variables: { input: { kind: 'PERSON', name: `Anna\u0000${uniqueSuffix()}` } },
      argument: 'input.name',
    },
    {
      name: 'an escape character in an alias',
      query: 'mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { id } }',
      variables: { input: { kind: 'PERSON', name: 'Anna', aliases: ['Ann\u001b[31m'] } },
      argument: 'input.aliases[0]',
    },
    {
      name: 'a lone surrogate in search text',
      query: 'query($text: NonEmptyString!) { search(text: $text) { score } }',
      variables: { text: 'Pyong\ud800yang' },
      argument: 'text',
    },
    {
      name: 'a form feed in an article text',
      query: 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }',
      variables: { input: { text: `Title ${uniqueSuffix()}\n\nPage one.\fPage two.`, source: 'ff.txt' } },
      argument: 'input.text',
    },
  ];

  it.each(cases)('refuses $name, changing nothing', async (c) => {
    const before = await graphSize(t);
    const res = await gql(service.url, c.query, c.variables, asEditor);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: c.argument });
    expect(await graphSize(t)).toEqual(before);
  });

  it('keeps tabs, line breaks and every script', async () => {
    const res = await gql(
      service.url,
      'query($text: NonEmptyString!) { search(text: $text) { score } }',
      { text: 'Пхеньян\t평양\r\nPyongyang 🚆' },
      asEditor,
    );
    expect(res.body.errors).toBeUndefined();
  });
});
