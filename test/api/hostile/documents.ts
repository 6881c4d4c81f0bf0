import { post, PUTIN, type HostileCase } from './request.js';

// -- Documents: depth, aliases, fields, directives, fragments, tokens, operations -----------------------------
function nest(depth: number): string {
  let selection = '{ id }';
  for (let i = 0; i < depth; i += 1)
    selection = `{ relations(first: 1) { edges { node { subject ${selection} } } } }`;
  return `{ entity(id: "${PUTIN}") ${selection} }`;
}

export function documents(): HostileCase[] {
  const f = 'document';
  const aliases = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: entity(id: "${PUTIN}") { id }`).join(' ')} }`;
  const fields = (n: number) => `{ entity(id: "${PUTIN}") { ${'name '.repeat(n)} } }`;
  const directives = (n: number) => `{ __typename ${'@include(if: true) '.repeat(n)} }`;
  const cases: HostileCase[] = [
    ...[4, 8, 20].map((d) =>
      post(f, `depth ${d * 4 + 2} (relations nested ${d} times)`, nest(d), 'LIMIT_EXCEEDED'),
    ),
    // Introspection is exempt from the depth limit (clients need it); tokens still bound it.
    post(
      f,
      'deep introspection (ofType x 30)',
      `{ __schema { types { ${'ofType { '.repeat(30)}name${' }'.repeat(30)} } } }`,
      null,
    ),
    post(
      f,
      'deep introspection (ofType x 700)',
      `{ __schema { types { ${'ofType { '.repeat(700)}name${' }'.repeat(700)} } } }`,
      'LIMIT_EXCEEDED',
    ),
    ...[16, 100].map((n) => post(f, `${n} aliases of entity`, aliases(n), 'LIMIT_EXCEEDED')),
    post(
      f,
      '1000 aliases of __typename',
      `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
      'LIMIT_EXCEEDED',
    ),
    post(
      f,
      'aliased search(first: 100) x 16',
      `{ ${Array.from({ length: 16 }, (_, i) => `s${i}: search(text: "a", first: 100) { score }`).join(' ')} }`,
      'LIMIT_EXCEEDED',
    ),
    ...[2100, 10000].map((n) => post(f, `field repeated ${n} times (tokens)`, fields(n), 'LIMIT_EXCEEDED')),
    // Repeating @include where it may appear once is a validation error of its own, reported alongside.
    ...[51, 500].map((n) =>
      post(f, `${n} directives`, directives(n), ['LIMIT_EXCEEDED', 'GRAPHQL_VALIDATION_FAILED']),
    ),
    post(
      f,
      'unknown directive',
      '{ __typename @cypher(statement: "MATCH (n) DETACH DELETE n") }',
      'GRAPHQL_VALIDATION_FAILED',
    ),
    post(
      f,
      'fragment cycle',
      'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
      'GRAPHQL_VALIDATION_FAILED',
    ),
    post(
      f,
      'fragment spreading itself',
      'query { ...A } fragment A on Query { __typename ...A }',
      'GRAPHQL_VALIDATION_FAILED',
    ),
    post(
      f,
      'unused fragment',
      'query { __typename } fragment A on Query { __typename }',
      'GRAPHQL_VALIDATION_FAILED',
    ),
    post(
      f,
      'fragment on an unknown type',
      'query { ...A } fragment A on Nope { __typename }',
      'GRAPHQL_VALIDATION_FAILED',
    ),
    post(
      f,
      'fragment fan-out (billion laughs)',
      `query { ...F0 } ${Array.from({ length: 12 }, (_, i) => `fragment F${i} on Query { ${i === 11 ? 'entities(first: 100) { totalCount }' : `a: entities(first: 100) { totalCount } ...F${i + 1} b: entities(first: 100) { totalCount } ...F${i + 1}`} }`).join(' ')}`,
      ['LIMIT_EXCEEDED', 'GRAPHQL_VALIDATION_FAILED'],
    ),
    post(f, 'syntax error', '{ entity(id: ) { id } }', 'GRAPHQL_PARSE_FAILED'),
    post(f, 'unterminated string', '{ entity(id: "x) { id } }', 'GRAPHQL_PARSE_FAILED'),
    post(f, 'empty document', '', 'BAD_REQUEST'),
    post(f, 'only a comment', '# nothing', 'GRAPHQL_PARSE_FAILED'),
    post(f, 'Cypher as the document', 'MATCH (n) DETACH DELETE n', 'GRAPHQL_PARSE_FAILED'),
    post(f, 'unknown field', '{ nodes { id } }', 'GRAPHQL_VALIDATION_FAILED'),
    post(
      f,
      'unknown argument',
      `{ entity(id: "${PUTIN}", cypher: "MATCH (n) RETURN n") { id } }`,
      'GRAPHQL_VALIDATION_FAILED',
    ),
    post(
      f,
      'two operations, no name chosen',
      'query A { __typename } query B { __typename }',
      'OPERATION_RESOLUTION_FAILURE',
    ),
    post(f, 'operation name not in the document', 'query A { __typename }', 'OPERATION_RESOLUTION_FAILURE', {
      extra: { operationName: 'B' },
    }),
    post(
      f,
      'subscription (the schema has none)',
      'subscription { entity(id: "x") { id } }',
      'GRAPHQL_VALIDATION_FAILED',
    ),
    post(f, 'mutation selecting an unknown field', 'mutation { dropDatabase }', [
      'UNAUTHENTICATED',
      'GRAPHQL_VALIDATION_FAILED',
    ]),
    post(f, 'persisted query with a wrong hash', '{ __typename }', 'BAD_REQUEST', {
      extra: { extensions: { persistedQuery: { version: 1, sha256Hash: 'deadbeef' } } },
    }),
    post(f, 'persisted query of an unknown version', '{ __typename }', 'BAD_REQUEST', {
      extra: { extensions: { persistedQuery: { version: 2, sha256Hash: 'deadbeef' } } },
    }),
    post(f, 'undeclared variable', '{ entity(id: $id) { id } }', 'GRAPHQL_VALIDATION_FAILED', {
      variables: { id: PUTIN },
    }),
    post(
      f,
      'variable of the wrong type',
      'query($id: Int!) { entity(id: $id) { id } }',
      'GRAPHQL_VALIDATION_FAILED',
      { variables: { id: 1 } },
    ),
    post(f, 'variable given an object', 'query($id: ID!) { entity(id: $id) { id } }', 'BAD_USER_INPUT', {
      variables: { id: { $ne: null } },
    }),
    post(f, 'variable given a list', 'query($id: ID!) { entity(id: $id) { id } }', 'BAD_USER_INPUT', {
      variables: { id: [PUTIN, 'x'] },
    }),
    post(
      f,
      'variable given 1e400',
      'query($n: PositiveInt!) { entities(first: $n) { totalCount } }',
      'BAD_USER_INPUT',
      { variables: { n: '1e400' } },
    ),
  ];
  return cases;
}
