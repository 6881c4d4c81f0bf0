import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
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
 * The executable schema: schema.graphql plus the read resolvers plus any `extra` maps (mutations). Resolvers
 * for fields or types the SDL does not have are an error, so a renamed field cannot leave a dead resolver.
 */
export function buildSchema(extra: readonly Resolvers[] = []): GraphQLSchema {
  // Coercion only (see scalars.ts): the SDL's scalar descriptions stay the contract.
  const resolvers = { ...mergeResolvers([enumResolvers, ...readResolvers, ...extra]), ...scalarResolvers };
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
