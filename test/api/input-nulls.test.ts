// Explicit nulls over real HTTP, for every argument of every field, found by walking the schema (a new argument
// is covered without editing this file). The rule: an argument with a default is non-null in the SDL, so `null`
// is refused before anything runs (a literal fails validation, a variable is BAD_USER_INPUT), never an internal
// error or a silently different answer; a nullable argument (no default) given `null` answers as if absent.
import { isNonNullType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/graphql/schema.js';
import type { RunningService } from '../../src/service.js';
import { graphSize, openTestDb, removeArticles, type TestDb } from '../support/db.js';
import {
  fieldCalls,
  fieldsWithArguments,
  operationText,
  type CallFixture,
  type FieldCall,
} from '../support/field-calls.js';
import {
  asEditor,
  createEntity,
  gql,
  startTestService,
  uniqueSuffix,
  type GraphQLResponse,
} from '../support/service.js';

const schema = buildSchema();
const s = uniqueSuffix();
let service: RunningService;
let t: TestDb;
let calls: Readonly<Record<string, FieldCall>> = {};
const fixture: CallFixture = {
  articleId: '',
  keep: '',
  merge: '',
  aliasTarget: '',
  candidateForAlias: '',
  candidateForNew: '',
  proposal: '',
};
const cleanup = { entities: [] as string[], merges: [] as string[] };

beforeAll(async () => {
  service = await startTestService();
  t = await openTestDb();
  fixture.keep = await createEntity(service.url, { kind: 'PERSON', name: `Anatoly Nullov${s}` });
  fixture.merge = await createEntity(service.url, { kind: 'PERSON', name: `Anatoli Nullov${s}` });
  fixture.aliasTarget = await createEntity(service.url, { kind: 'ORGANISATION', name: `Nullcargo${s} Ltd` });
  cleanup.entities.push(fixture.keep, fixture.merge, fixture.aliasTarget);
  const ingest = await gql<{
    ingestArticle: {
      article: { id: string };
      candidates: { id: string; name: string }[];
      proposals: { id: string }[];
    };
  }>(
    service.url,
    'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } candidates { id name } proposals { id } } }',
    {
      input: {
        text: [
          `Null freight report ${s}`,
          '',
          `The Tumen Nullfreight${s} Union said on Monday that trains would run again.`,
          '',
          `Dmitri Nullovsky${s} welcomed the news in a statement.`,
          '',
          `Anatoly Nullov${s} arrived in Pyongyang on Tuesday.`,
        ].join('\n'),
        source: `nulls-${s}.txt`,
      },
    },
    asEditor,
  );
  const result = ingest.body.data?.ingestArticle;
  if (!result) throw new Error(JSON.stringify(ingest.body.errors));
  fixture.articleId = result.article.id;
  const candidate = (part: string): string => {
    const found = result.candidates.find((c) => c.name.includes(part));
    if (!found) throw new Error(`no candidate named like ${part}: ${JSON.stringify(result.candidates)}`);
    return found.id;
  };
  fixture.candidateForAlias = candidate(`Nullfreight${s}`);
  fixture.candidateForNew = candidate(`Nullovsky${s}`);
  const [proposal] = result.proposals;
  if (!proposal) throw new Error('the fixture article proposed nothing');
  fixture.proposal = proposal.id;
  calls = fieldCalls(fixture);
});

afterAll(async () => {
  await removeArticles(t, [fixture.articleId]);
  await t.query(
    `MATCH (n) WHERE (n:Entity AND n.id IN $entities) OR (n:MergeRecord AND n.id IN $merges)
        OR (n:Candidate AND n.id IN $candidates) OR (n:Proposal AND n.articleId = $article)
     DETACH DELETE n`,
    {
      entities: cleanup.entities,
      merges: cleanup.merges,
      candidates: [fixture.candidateForAlias, fixture.candidateForNew],
      article: fixture.articleId,
    },
  );
  await t.close();
  await service.stop();
});

interface Case {
  name: string;
  coordinate: string;
  fieldName: string;
  argument: string;
  type: string;
  nonNull: boolean;
  hasDefault: boolean;
}

const cases: Case[] = fieldsWithArguments(schema).flatMap(({ coordinate, field }) =>
  field.args.map((arg) => ({
    name: `${coordinate}(${arg.name}: ${String(arg.type)}${arg.defaultValue === undefined ? '' : ' = …'})`,
    coordinate,
    fieldName: field.name,
    argument: arg.name,
    type: String(arg.type),
    nonNull: isNonNullType(arg.type),
    hasDefault: arg.defaultValue !== undefined,
  })),
);

function callOf(c: Case): FieldCall {
  const call = calls[c.coordinate];
  if (!call) throw new Error(`test/support/field-calls.ts has no call for ${c.coordinate}: add one`);
  return call;
}

/** The case's field called without the argument under test. */
const absent = (c: Case): Promise<GraphQLResponse> => {
  const call = callOf(c);
  return gql(service.url, operationText(call, c.fieldName, call.args(c.argument)), {}, asEditor);
};

/** The case's field called with a literal `null` for the argument under test. */
const literalNull = (c: Case): Promise<GraphQLResponse> => {
  const call = callOf(c);
  const args = { ...call.args(c.argument), [c.argument]: 'null' };
  return gql(service.url, operationText(call, c.fieldName, args), {}, asEditor);
};

/** The case's field called with a variable of `declared` type, whose value is null, for the argument. */
const variableNull = (c: Case, declared: string): Promise<GraphQLResponse> => {
  const call = callOf(c);
  const args = { ...call.args(c.argument), [c.argument]: '$value' };
  const query = operationText(call, c.fieldName, args, `$value: ${declared}`);
  return gql(service.url, query, { value: null }, asEditor);
};

/** The record ids a mutation answered with, so they can be removed afterwards. */
function remember(data: unknown): void {
  const json = JSON.stringify(data ?? null);
  for (const [, id] of json.matchAll(/"id":"(merge\/[^"]+)"/g)) if (id) cleanup.merges.push(id);
  for (const [, id] of json.matchAll(/"entity":\{"id":"([^"]+)"\}/g)) if (id) cleanup.entities.push(id);
}

describe('every argument with a default is non-null, and null is refused before anything runs', () => {
  const withDefault = cases.filter((c) => c.hasDefault);

  it('finds the defaulted arguments the issue names (first, depth, limit, maxHops, direction, role, sort)', () => {
    const names = new Set(withDefault.map((c) => c.argument));
    for (const name of ['first', 'depth', 'limit', 'maxHops', 'direction', 'role', 'sort', 'status']) {
      expect(names).toContain(name);
    }
    expect(withDefault.length).toBeGreaterThan(30);
  });

  it.each(withDefault)('$name', async (c) => {
    expect(c.nonNull, `${c.name} has a default, so the SDL must make it non-null`).toBe(true);
    const before = await graphSize(t);

    const literal = await literalNull(c);
    expect(literal.status, JSON.stringify(literal.body)).toBe(400);
    expect(literal.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.body.data).toBeUndefined();

    // A nullable variable may stand for an argument with a default; its null must not reach a resolver.
    const variable = await variableNull(c, c.type.replace(/!$/, ''));
    expect(variable.status, JSON.stringify(variable.body)).toBe(400);
    expect(variable.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(variable.body.errors?.[0]?.message).toContain(`"${c.argument}"`);
    expect(variable.body.errors?.[0]?.message).toMatch(/leave it out/);
    expect(variable.body.data).toBeUndefined();
    expect(await graphSize(t)).toEqual(before);
  });
});

describe('a required argument given null is refused before anything runs', () => {
  const required = cases.filter((c) => c.nonNull && !c.hasDefault);

  it.each(required)('$name', async (c) => {
    const before = await graphSize(t);
    const literal = await literalNull(c);
    expect(literal.status).toBe(400);
    expect(literal.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const variable = await variableNull(c, c.type);
    expect(variable.status).toBe(400);
    expect(variable.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await graphSize(t)).toEqual(before);
  });
});

describe('a nullable argument given null answers as if it were left out', () => {
  const nullable = cases.filter((c) => !c.nonNull);

  it('finds the nullable arguments (filters, lists of types or kinds, cursors, optional ids)', () => {
    const names = new Set(nullable.map((c) => c.argument));
    for (const name of ['filter', 'types', 'after', 'kinds', 'relationTypes', 'subject', 'reason']) {
      expect(names).toContain(name);
    }
    expect(nullable.every((c) => !c.hasDefault)).toBe(true);
  });

  it.each(nullable)('$name', async (c) => {
    // Mutations here are idempotent: the first call does the work, the repeats must answer the same.
    const left = await absent(c);
    expect(left.body.errors, JSON.stringify(left.body.errors)).toBeUndefined();
    remember(left.body.data);

    const literal = await literalNull(c);
    expect(literal.body.errors, JSON.stringify(literal.body.errors)).toBeUndefined();
    expect(literal.body.data).toEqual(left.body.data);

    const variable = await variableNull(c, c.type);
    expect(variable.body.errors, JSON.stringify(variable.body.errors)).toBeUndefined();
    expect(variable.body.data).toEqual(left.body.data);
  });
});
