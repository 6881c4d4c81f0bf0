// The cache policy computed from a document before it runs gives what Apollo's cache-control plugin computes
// while it runs, field by field: both run here on one schema with every kind of hint, on the same documents.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cachePolicyCalculator, type CachePolicyHint } from '../../src/graphql/cache-policy.js';

const SDL = /* GraphQL */ `
  enum CacheControlScope {
    PUBLIC
    PRIVATE
  }
  directive @cacheControl(
    maxAge: Int
    scope: CacheControlScope
    inheritMaxAge: Boolean
  ) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION

  type Query {
    hello: String
    slow: String @cacheControl(maxAge: 500)
    book: Book
    books: [Book!]!
    secret: Secret
    queue: Queue
    things: [Thing!]!
    either: Either
    wrapper: Wrapper @cacheControl(maxAge: 20)
  }
  type Book @cacheControl(maxAge: 30) {
    title: String
    blurb: String @cacheControl(maxAge: 10)
    author: Author
  }
  type Author {
    name: String
    inherited: Author @cacheControl(inheritMaxAge: true)
  }
  type Secret @cacheControl(scope: PRIVATE) {
    code: String
  }
  type Queue @cacheControl(maxAge: 0) {
    size: Int
  }
  interface Thing {
    id: ID
    label: String
  }
  type Cheap implements Thing @cacheControl(maxAge: 40) {
    id: ID
    label: String
    related: Book
  }
  type Dear implements Thing {
    id: ID
    label: String @cacheControl(maxAge: 5)
    extra: Book
  }
  union Either = Cheap | Secret
  type Wrapper {
    child: Inner
  }
  type Inner @cacheControl(inheritMaxAge: true) {
    value: String
  }
`;

const book = { title: 't', blurb: 'b', author: { name: 'a', inherited: { name: 'i' } } };
const resolvers = {
  Query: {
    hello: () => 'hi',
    slow: () => 'slow',
    book: () => book,
    books: () => [book, book],
    secret: () => ({ code: 'c' }),
    queue: () => ({ size: 1 }),
    things: () => [
      { __typename: 'Cheap', id: '1', label: 'one' },
      { __typename: 'Dear', id: '2', label: 'two', extra: book },
    ],
    either: () => ({ __typename: 'Secret', code: 'x' }),
    wrapper: () => ({ child: { value: 'v' } }),
  },
  Thing: { __resolveType: (t: { __typename: string }) => t.__typename },
  Either: { __resolveType: (t: { __typename: string }) => t.__typename },
};

const DEFAULT_MAX_AGE = 60;

/** What Apollo's own plugin decides for a document whose every selected field resolves. */
async function apollosPolicy(query: string): Promise<CachePolicyHint | null> {
  let policy: CachePolicyHint | null = null;
  const capture: ApolloServerPlugin = {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ overallCachePolicy }) => {
          policy = overallCachePolicy.policyIfCacheable();
          return Promise.resolve();
        },
      }),
  };
  const server = new ApolloServer({
    typeDefs: SDL,
    resolvers,
    plugins: [
      ApolloServerPluginCacheControl({ defaultMaxAge: DEFAULT_MAX_AGE, calculateHttpHeaders: false }),
      capture,
    ],
  });
  await server.start();
  try {
    const response = await server.executeOperation({ query });
    expect(response.body.kind === 'single' && response.body.singleResult.errors).toBeFalsy();
  } finally {
    await server.stop();
  }
  return policy;
}

const schema = buildSchema(SDL);
const calculate = cachePolicyCalculator(schema, DEFAULT_MAX_AGE);

/** Ours, as the header sees it (Apollo's `policyIfCacheable`: no maxAge or 0 means not cacheable). */
function oursPolicy(query: string): CachePolicyHint | null {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  const hint = calculate(document, operation);
  if (hint.maxAge === undefined || hint.maxAge === 0) return null;
  return { maxAge: hint.maxAge, scope: hint.scope ?? 'PUBLIC' };
}

const DOCUMENTS: Record<string, string> = {
  'a root scalar takes the default': '{ hello }',
  'a root field hint': '{ slow }',
  'a type hint': '{ book { title } }',
  'a field hint under a type hint': '{ book { title blurb } }',
  'an object without a hint under a hinted one takes the default': '{ books { author { name } } }',
  'inheritMaxAge on a field': '{ book { author { inherited { name } } } }',
  'a private type': '{ hello secret { code } }',
  'maxAge 0 anywhere': '{ hello queue { size } }',
  'an interface, with inline fragments on its types':
    '{ things { id ... on Dear { label extra { title } } } }',
  'an interface field resolved by types with different hints': '{ things { label } }',
  'a union': '{ either { ... on Secret { code } ... on Cheap { id } } }',
  'named fragments, spread twice':
    '{ book { ...B author { name } } books { ...B } } fragment B on Book { blurb }',
  "a type that inherits its parent field's maxAge": '{ wrapper { child { value } } }',
  'an introspection query alone': '{ __schema { queryType { name } } }',
  '__typename only': '{ __typename }',
};

describe('the cache policy computed from the document', () => {
  for (const [title, query] of Object.entries(DOCUMENTS)) {
    it(`is Apollo's: ${title}`, async () => {
      expect(oursPolicy(query)).toEqual(await apollosPolicy(query));
    });
  }

  it('can be stricter than Apollo where a fragment does not apply, never looser', async () => {
    // The union resolves to Secret; Apollo never sees Cheap's fields, the static walk counts them.
    const query = '{ either { ... on Cheap { related { title } } } hello }';
    expect(await apollosPolicy(query)).toEqual({ maxAge: 60, scope: 'PUBLIC' });
    expect(oursPolicy(query)).toEqual({ maxAge: 30, scope: 'PUBLIC' });
  });

  it("reads this service's schema: reads take CACHE_MAX_AGE, the review queue is never stored", () => {
    const real = cachePolicyCalculator(
      buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8')),
      DEFAULT_MAX_AGE,
    );
    const policy = (query: string): CachePolicyHint => {
      const document = parse(query);
      const operation = document.definitions[0] as OperationDefinitionNode;
      return real(document, operation);
    };
    expect(policy('{ entity(id: "x") { name mentions(first: 2) { totalCount } } }')).toEqual({ maxAge: 60 });
    expect(policy('{ proposals(first: 2) { totalCount } }')).toEqual({ maxAge: 0 });
  });

  it('walks a repeated document once', () => {
    const document = parse('{ book { title } }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(calculate(document, operation)).toBe(calculate(document, operation));
  });
});
