import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * For tests that walk the schema (input-nulls, input-caps): every field that takes arguments, and how to call
 * it over HTTP. A field with arguments that has no entry in `fieldCalls` fails those tests by name, so a new
 * field must say how it is reached; a new argument of a known field is covered without editing anything.
 */

export interface FieldWithArguments {
  /** `Type.field`, such as `Query.entities` or `Person.relations`. */
  coordinate: string;
  field: GraphQLField<unknown, unknown>;
}

/** Every field of every object and interface type (query and mutation roots included) that declares an argument. */
export function fieldsWithArguments(schema: GraphQLSchema): FieldWithArguments[] {
  const found: FieldWithArguments[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    // Subscriptions are served over WebSocket only, with the same argument checks (checkSubscription, tested in
    // test/unit/subscription-guard.test.ts); every caller here speaks HTTP.
    if (type === schema.getSubscriptionType()) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length > 0) found.push({ coordinate: `${type.name}.${field.name}`, field });
    }
  }
  return found;
}

export interface FieldCall {
  operation: 'query' | 'mutation';
  /** What encloses the field in the operation's selection set. */
  around: readonly [before: string, after: string];
  /** GraphQL literals for the other arguments the call needs when `tested` is the one under test. */
  args: (tested: string) => Readonly<Record<string, string>>;
  /** Selection set on the field's result. */
  select: string;
}

/** Ids the calls use; mutations get entities and candidates the test made for the purpose. */
export interface CallFixture {
  articleId: string;
  keep: string;
  merge: string;
  aliasTarget: string;
  candidateForAlias: string;
  candidateForNew: string;
  /** A pending proposal (rejecting it with and without a reason must answer the same). */
  proposal: string;
}

const q = JSON.stringify;
const PUTIN = 'person/vladimir-putin';
const ENTITY_OF_TYPE: Readonly<Record<string, string>> = {
  Entity: PUTIN,
  Person: PUTIN,
  Organisation: 'org/nordwind-airlines',
  Place: 'place/north-korea',
  Route: 'route/moscow-pyongyang-air',
  Agreement: 'agreement/russia-dprk-mutual-defence-pact-2024',
  Event: 'event/putin-visit-north-korea-2024',
};
const none = (): Record<string, string> => ({});
const page = '{ totalCount edges { node { __typename } cursor } }';

const query = (args: FieldCall['args'], select: string): FieldCall => ({
  operation: 'query',
  around: ['', ''],
  args,
  select,
});

const onEntity = (type: string, select: string): FieldCall => ({
  operation: 'query',
  around: [
    `entity(id: ${q(ENTITY_OF_TYPE[type])}) { ${type === 'Entity' ? '' : `... on ${type} {`}`,
    type === 'Entity' ? '}' : '} }',
  ],
  args: none,
  select,
});

const mutation = (args: FieldCall['args'], select: string): FieldCall => ({
  operation: 'mutation',
  around: ['', ''],
  args,
  select,
});

export function fieldCalls(f: CallFixture): Readonly<Record<string, FieldCall>> {
  const entityFields = Object.fromEntries(
    Object.keys(ENTITY_OF_TYPE).flatMap((type) => [
      [`${type}.mentions`, onEntity(type, '{ totalCount edges { node { start } } }')],
      [`${type}.relations`, onEntity(type, '{ totalCount edges { node { id } } }')],
      [`${type}.statements`, onEntity(type, '{ id }')],
    ]),
  );
  return {
    ...entityFields,
    'Query.entity': query(() => ({ id: q(PUTIN) }), '{ id }'),
    'Query.entities': query(none, '{ totalCount edges { node { id } } }'),
    'Query.search': query(() => ({ text: q('Pyongyang') }), '{ score matchedOn passage { text } }'),
    'Query.article': query(() => ({ id: q(f.articleId) }), '{ id }'),
    'Query.articles': query(none, '{ totalCount edges { node { id } } }'),
    'Query.neighbourhood': query(() => ({ id: q(PUTIN) }), '{ nodes { id } edges { id } truncated }'),
    'Query.paths': query(
      () => ({ from: q(PUTIN), to: q('person/kim-jong-un') }),
      '{ length hops { to { id } } }',
    ),
    'Query.coMentions': query(() => ({ id: q(PUTIN) }), '{ count entity { id } }'),
    'Query.timeline': query(none, '{ date summary }'),
    'Query.conflicts': query(none, '{ property values { value } }'),
    'Query.candidates': query(none, page),
    'Query.proposals': query(none, page),
    'Article.mentions': {
      operation: 'query',
      around: [`article(id: ${q(f.articleId)}) {`, '}'],
      args: none,
      select: '{ totalCount edges { node { start } } }',
    },
    'Mutation.ingestArticle': mutation(none, '{ created }'),
    'Mutation.upsertEntity': mutation(none, '{ id }'),
    'Mutation.addAlias': mutation(() => ({ entityId: q(f.keep), alias: q('Another name') }), '{ id }'),
    'Mutation.mergeEntities': mutation(() => ({ keep: q(f.keep), merge: q(f.merge) }), '{ id reason }'),
    'Mutation.undoMerge': mutation(() => ({ mergeId: q('merge/unknown') }), '{ id }'),
    'Mutation.addRelation': mutation(none, '{ id }'),
    'Mutation.acceptProposal': mutation(() => ({ id: q('proposal/unknown') }), '{ proposal { id } }'),
    'Mutation.rejectProposal': mutation(() => ({ id: q(f.proposal) }), '{ id status }'),
    'Mutation.resolveCandidate': mutation(
      // Each nullable resolution is tested with the other one given, on a candidate of its own.
      (tested) =>
        tested === 'asAliasOf'
          ? { candidateId: q(f.candidateForNew), asNewEntity: '{kind: ORGANISATION}' }
          : { candidateId: q(f.candidateForAlias), asAliasOf: q(f.aliasTarget) },
      '{ candidate { id status } entity { id } }',
    ),
  };
}

/** The operation calling `coordinate`'s field with `args` (argument name → GraphQL text). */
export function operationText(
  call: FieldCall,
  fieldName: string,
  args: Readonly<Record<string, string>>,
  variables = '',
): string {
  const list = Object.entries(args)
    .map(([name, value]) => `${name}: ${value}`)
    .join(', ');
  const head = variables ? `${call.operation} Probe(${variables})` : `${call.operation} Probe`;
  return `${head} { ${call.around[0]} ${fieldName}${list ? `(${list})` : ''} ${call.select} ${call.around[1]} }`;
}

/**
 * A value that coerces to `type`: required input fields filled, optional ones left out, enums as their first
 * value's name, scalars by a sample per scalar.
 */
export function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  return SCALAR_SAMPLES[getNamedType(type).name] ?? 'sample';
}

const SCALAR_SAMPLES: Readonly<Record<string, unknown>> = {
  Int: 1,
  Float: 1,
  Boolean: true,
  PositiveInt: 1,
  NonNegativeInt: 0,
  PartialDate: '2025-07',
  Date: '2025-07-27',
  DateTime: '2025-07-27T10:15:30Z',
  URL: 'https://example.org/article',
};

/** `base` with `value` at `path`, creating the objects and lists on the way. */
export function withValueAt(base: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (typeof head === 'number') {
    const list = Array.isArray(base) ? [...(base as unknown[])] : [];
    list[head] = withValueAt(list[head], rest, value);
    return list;
  }
  const object = { ...(base as Record<string, unknown> | undefined) };
  object[head] = withValueAt(object[head], rest, value);
  return object;
}

/** A text input somewhere in an argument: the argument itself, or a field of an input object in it. */
export interface TextPosition {
  argument: GraphQLArgument;
  /** Below the argument: input field names and list indexes. */
  path: (string | number)[];
  /** `Type.field(argument)` or `Input.field`. */
  coordinate: string;
  description: string;
}

const TEXT = new Set(['String', 'ID', 'NonEmptyString']);

/** Every text input (String, ID, NonEmptyString) a field's arguments take, through input objects and lists. */
export function textPositions(coordinate: string, field: GraphQLField<unknown, unknown>): TextPosition[] {
  const found: TextPosition[] = [];
  const walk = (
    argument: GraphQLArgument,
    type: GraphQLInputType,
    path: (string | number)[],
    at: string,
    description: string,
  ): void => {
    if (isNonNullType(type)) {
      walk(argument, type.ofType, path, at, description);
      return;
    }
    if (isListType(type)) {
      walk(argument, type.ofType, [...path, 0], at, description);
      return;
    }
    if (isInputObjectType(type)) {
      for (const inner of Object.values(type.getFields())) {
        walk(
          argument,
          inner.type,
          [...path, inner.name],
          `${type.name}.${inner.name}`,
          inner.description ?? '',
        );
      }
      return;
    }
    if (TEXT.has(getNamedType(type).name)) found.push({ argument, path, coordinate: at, description });
  };
  for (const argument of field.args) {
    walk(argument, argument.type, [], `${coordinate}(${argument.name})`, argument.description ?? '');
  }
  return found;
}

/** `input.evidence[0].quote` */
export const pathText = (argument: string, path: readonly (string | number)[]): string =>
  path.reduce<string>(
    (text, step) => (typeof step === 'number' ? `${text}[${step}]` : `${text}.${step}`),
    argument,
  );

/** `value` of `type` as a GraphQL literal (enums unquoted). */
export function literalOf(value: unknown, type: GraphQLInputType): string {
  if (value === null) return 'null';
  if (isNonNullType(type)) return literalOf(value, type.ofType);
  if (isListType(type)) {
    return `[${(value as unknown[]).map((item) => literalOf(item, type.ofType)).join(', ')}]`;
  }
  if (isEnumType(type)) return value as string;
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([name, item]) => {
        const field = fields[name];
        if (!field) throw new Error(`${type.name} has no field ${name}`);
        return `${name}: ${literalOf(item, field.type)}`;
      })
      .join(', ')}}`;
  }
  return JSON.stringify(value);
}
