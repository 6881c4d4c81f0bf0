import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  getNamedType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { loadConfig } from '../../../src/config.js';
import { EDITOR_ONLY_QUERY_FIELDS } from '../../../src/graphql/auth.js';
import { MANIFEST_FILE, parseManifest } from '../../../src/ingest/manifest.js';
import { parseArticle } from '../../../src/ingest/parse.js';
import {
  fieldCalls,
  fieldsWithArguments,
  literalOf,
  operationText,
  sampleValue,
  textPositions,
  withValueAt,
} from '../../support/field-calls.js';
import { MISSING, post, type Caller, type Expected, type HostileCase } from './request.js';

/**
 * Case families generated from the schema: every field with arguments (one per field, see
 * representativeFields), so a new field or argument is attacked without editing this file.
 */

/** The first corpus article, as seeding stores it: Article.mentions needs one that exists. */
function corpusArticleId(): string {
  const dir = loadConfig({}).corpusDir;
  const [entry] = parseManifest(readFileSync(join(dir, MANIFEST_FILE), 'utf8'));
  if (!entry) throw new Error(`${dir} has no articles`);
  return parseArticle(readFileSync(join(dir, entry.file), 'utf8'), entry).id;
}

const calls = fieldCalls({
  articleId: corpusArticleId(),
  keep: MISSING,
  merge: `${MISSING}-2`,
  aliasTarget: `${MISSING}-3`,
  candidateForAlias: 'candidate/does-not-exist',
  candidateForNew: 'candidate/does-not-exist',
  proposal: 'proposal/does-not-exist',
});

interface Call {
  coordinate: string;
  fieldName: string;
  mutation: boolean;
  /** Who may call it: mutations and editor-only reads are sent with the editor key. */
  as: Caller;
  operation: (args: Readonly<Record<string, string>>) => string;
  /** Literals for every required argument without a default, sampled (ids point at nothing). */
  required: (except: string) => Record<string, string>;
  args: { name: string; type: GraphQLInputType; hasDefault: boolean }[];
}

/** Arguments of which a call takes exactly one: the other is left out when one is under test. */
const ONE_OF: Readonly<Record<string, string>> = { asNewEntity: 'asAliasOf', asAliasOf: 'asNewEntity' };

/** Every sampled string made distinct (`missing-1`, `missing-2`), so two sampled ids never name the same thing. */
function distinct(value: unknown, counter = { n: 0 }): unknown {
  if (value === 'sample') return `missing-${(counter.n += 1)}`;
  if (Array.isArray(value)) return value.map((item) => distinct(item, counter));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, distinct(v, counter)]));
  }
  return value;
}

/**
 * Fields with arguments, one per field: an object type's field that an interface it implements declares too
 * (Person.mentions and Entity.mentions) resolves the same way and is attacked once, through the interface.
 */
export function representativeFields(schema: GraphQLSchema) {
  return fieldsWithArguments(schema).filter(({ coordinate }) => {
    const [typeName = '', fieldName = ''] = coordinate.split('.');
    const type = schema.getType(typeName);
    return !(isObjectType(type) && type.getInterfaces().some((i) => fieldName in i.getFields()));
  });
}

function callsOf(schema: GraphQLSchema): Call[] {
  return representativeFields(schema).map(({ coordinate, field }) => {
    const call = calls[coordinate];
    if (!call) throw new Error(`test/support/field-calls.ts has no call for ${coordinate}: add one`);
    const mutation = call.operation === 'mutation';
    const editorOnly = coordinate.startsWith('Query.') && EDITOR_ONLY_QUERY_FIELDS.has(field.name);
    return {
      coordinate,
      fieldName: field.name,
      mutation,
      as: mutation || editorOnly ? 'editor' : 'anonymous',
      operation: (args) => operationText(call, field.name, args),
      required: (except) => {
        const given: Record<string, string> = {
          ...Object.fromEntries(
            field.args
              .filter((a) => a.name !== except && isNonNullType(a.type) && a.defaultValue === undefined)
              .map((a) => [a.name, literalOf(distinct(sampleValue(a.type)), a.type)]),
          ),
          ...call.args(except),
        };
        return Object.fromEntries(Object.entries(given).filter(([name]) => name !== ONE_OF[except]));
      },
      args: field.args.map((a) => ({ name: a.name, type: a.type, hasDefault: a.defaultValue !== undefined })),
    };
  });
}

/** Page sizes and hop counts over their limits, zero, negative and beyond 32 bits, for every Int argument. */
export function numbers(
  schema: GraphQLSchema,
  limits: { maxPageSize: number; maxPathHops: number },
): HostileCase[] {
  const over: Readonly<Record<string, number>> = {
    first: limits.maxPageSize + 1,
    limit: limits.maxPageSize + 1,
    maxHops: limits.maxPathHops + 1,
    depth: 4,
  };
  return callsOf(schema).flatMap((c) =>
    c.args
      .filter((a) => getNamedType(a.type).name === 'PositiveInt')
      .flatMap((a) => {
        const as = c.as;
        const send = (value: string, code: Expected, what: string) =>
          post(
            'numbers',
            `${c.coordinate}(${a.name}: ${what})`,
            c.operation({ ...c.required(a.name), [a.name]: value }),
            code,
            { as },
          );
        const cap = over[a.name];
        return [
          ...(cap === undefined ? [] : [send(String(cap), 'LIMIT_EXCEEDED', `limit + 1 = ${cap}`)]),
          send('0', 'GRAPHQL_VALIDATION_FAILED', '0'),
          send('-1', 'GRAPHQL_VALIDATION_FAILED', '-1'),
          // A PositiveInt may exceed 32 bits; the cost check refuses it before any page-size check.
          send('2147483648', 'LIMIT_EXCEEDED', '2^31'),
          send('"10"', 'GRAPHQL_VALIDATION_FAILED', 'a string'),
        ];
      }),
  );
}

/**
 * Cursors we did not issue but that look like ours: positions far past any list (Cypher list indices are 32-bit,
 * so these once failed inside Neo4j as an internal error), negative, fractional, and not numbers at all.
 */
export function cursors(schema: GraphQLSchema): HostileCase[] {
  const forged = (body: string) => Buffer.from(`kg1:${body}`, 'utf8').toString('base64url');
  const positions = ['9007199254740990', '2147483648', '1000000001', '-1', '1.5', '1e3', '', 'NaN'];
  return callsOf(schema).flatMap((c) =>
    c.args
      .filter((a) => a.name === 'after')
      .flatMap((a) =>
        positions.map((position) =>
          post(
            'cursors',
            `${c.coordinate}(after: "kg1:${position}")`,
            c.operation({ ...c.required(a.name), [a.name]: JSON.stringify(forged(position)) }),
            'BAD_USER_INPUT',
            { as: c.as },
          ),
        ),
      ),
  );
}

/** null for every argument that is non-null (with or without a default), as a literal. */
export function nulls(schema: GraphQLSchema): HostileCase[] {
  return callsOf(schema).flatMap((c) =>
    c.args
      .filter((a) => isNonNullType(a.type))
      .map((a) =>
        post(
          'nulls',
          `${c.coordinate}(${a.name}: null)`,
          c.operation({ ...c.required(a.name), [a.name]: 'null' }),
          ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT'],
          { as: c.as },
        ),
      ),
  );
}

/** The scalar at `path` below an argument of `type`. */
function leafScalar(type: GraphQLInputType, path: readonly (string | number)[]): string {
  let at = getNamedType(type);
  for (const step of path) {
    if (typeof step === 'number' || !isInputObjectType(at)) continue;
    const field = at.getFields()[step];
    if (field) at = getNamedType(field.type);
  }
  return at.name;
}

/** Strings that would do harm if anything concatenated them into Cypher or a Lucene query. */
export const CYPHER_LIKE = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "x') RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 AS x //",
  '`) CALL db.labels() YIELD label RETURN label //',
  "$id } SET n.name = 'pwned' //",
  "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
] as const;

/**
 * Every text and id argument of every field (found by walking the schema) with each Cypher-looking string.
 * Queries: an id that matches nothing is NOT_FOUND, a cursor we did not issue BAD_USER_INPUT, free text just
 * finds nothing. Mutations run as an editor against ids that do not exist, so they are NOT_FOUND having
 * changed nothing. `upsertEntity` and `ingestArticle` create whatever they are given, so they are left out here;
 * values.ts sends them only input that must be refused.
 */
export function cypherStrings(schema: GraphQLSchema): HostileCase[] {
  const creates = new Set(['Mutation.upsertEntity', 'Mutation.ingestArticle']);
  return representativeFields(schema).flatMap(({ coordinate, field }) => {
    if (creates.has(coordinate)) return [];
    const call = callsOf(schema).find((c) => c.coordinate === coordinate);
    if (!call) return [];
    return textPositions(coordinate, field).flatMap((p) =>
      CYPHER_LIKE.map((payload, i) => {
        const base = p.path.length > 0 ? distinct(sampleValue(p.argument.type)) : undefined;
        const value = literalOf(withValueAt(base, p.path, payload), p.argument.type);
        // An id argument names a thing (NOT_FOUND when unknown); an id inside a filter narrows a list, and says
        // NOT_FOUND in its description where it answers that rather than an empty list.
        const isId =
          leafScalar(p.argument.type, p.path) === 'ID' &&
          (p.path.length === 0 || p.description.includes('NOT_FOUND'));
        const code: Expected = call.mutation
          ? 'NOT_FOUND'
          : p.argument.name === 'after'
            ? 'BAD_USER_INPUT'
            : isId
              ? 'NOT_FOUND'
              : null;
        return post(
          'cypher-strings',
          `${p.coordinate} #${i + 1}`,
          call.operation({ ...call.required(p.argument.name), [p.argument.name]: value }),
          code,
          { as: call.as },
        );
      }),
    );
  });
}
