import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLScalarType, GraphQLSchema } from 'graphql';
import { repoRoot } from '../config.js';
import type { Context } from './context.js';
import type { Resolvers } from './generated/resolvers.js';
import { enumResolvers, mergeResolvers, readResolvers, scalarResolvers } from './resolvers.js';

type ExecutableResolvers = NonNullable<Parameters<typeof makeExecutableSchema<Context>>[0]['resolvers']>;

export const schemaFile = join(repoRoot, 'schema.graphql');

/** The SDL as committed: the public contract, read once at start-up. */
export function readTypeDefs(file: string = schemaFile): string {
  return readFileSync(file, 'utf8');
}

/**
 * A scalar's behaviour without its description. graphql-tools copies every property of a scalar implementation
 * onto the schema's scalar, and graphql-scalars' descriptions would replace the SDL's: introspection, the
 * playground's docs and GET /schema.graphql must all show the contract as written.
 */
function behaviourOf(scalar: GraphQLScalarType) {
  return {
    serialize: scalar.serialize,
    parseValue: scalar.parseValue,
    parseLiteral: scalar.parseLiteral,
    extensions: scalar.extensions,
    ...(scalar.specifiedByURL ? { specifiedByURL: scalar.specifiedByURL } : {}),
  };
}

/**
 * The executable schema: schema.graphql plus the read resolvers plus any `extra` maps (mutations). Resolvers
 * for fields or types the SDL does not have are an error, so a renamed field cannot leave a dead resolver.
 */
export function buildSchema(extra: readonly Resolvers[] = []): GraphQLSchema {
  const scalars = Object.fromEntries(
    Object.entries(scalarResolvers).map(([name, scalar]) => [name, behaviourOf(scalar)]),
  );
  const resolvers = { ...mergeResolvers([enumResolvers, ...readResolvers, ...extra]), ...scalars };
  return makeExecutableSchema<Context>({
    typeDefs: readTypeDefs(),
    // The generated types are stricter than graphql-tools' IResolvers; the shapes are the same.
    resolvers: resolvers as ExecutableResolvers,
    resolverValidationOptions: {
      requireResolversToMatchSchema: 'error',
      requireResolversForResolveType: 'error',
    },
  });
}
