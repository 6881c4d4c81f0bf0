import { articleResolvers } from './article/resolvers.js';
import { conflictResolvers } from './conflict/resolvers.js';
import { entitiesResolvers } from './entities/resolvers.js';
import { entityResolvers } from './entity/resolvers.js';
import { enumInternalValues } from './enums.js';
import type { Resolvers } from './generated/resolvers.js';
import { graphResolvers } from './graph/resolvers.js';
import { proposalResolvers } from './proposal/resolvers.js';
import { scalarResolvers } from './scalars.js';
import { searchResolvers } from './search/resolvers.js';
import { statementResolvers } from './statement/resolvers.js';
import { subscriptionResolvers } from './subscription/resolvers.js';
import { timelineResolvers } from './timeline/resolvers.js';

/**
 * The read side, one map per area (src/graphql/<area>/resolvers.ts, Cypher in cypher/queries/<area>/).
 * Mutation resolvers are passed to buildSchema() by their own module, next to these.
 */
export const readResolvers: readonly Resolvers[] = [
  entityResolvers,
  entitiesResolvers,
  searchResolvers,
  articleResolvers,
  graphResolvers,
  timelineResolvers,
  conflictResolvers,
  statementResolvers,
  proposalResolvers,
  subscriptionResolvers,
];

/** Enum translations (GraphQL name → stored value) every schema needs; scalars are added whole, unmerged. */
export const enumResolvers: Resolvers = { ...enumInternalValues };

export { scalarResolvers };

type Fields = Record<string, unknown>;

/**
 * Merges per-area maps of object, interface, union and enum resolvers type by type (not scalars: those are
 * instances, not field maps). Two areas defining the same field is a wiring mistake that would otherwise be
 * decided silently by import order, so it throws.
 */
export function mergeResolvers(maps: readonly Resolvers[]): Resolvers {
  const merged: Record<string, Fields> = {};
  for (const map of maps) {
    for (const [typeName, value] of Object.entries(map as Record<string, Fields | undefined>)) {
      if (value === undefined) continue;
      const target: Fields = merged[typeName] ?? {};
      for (const [field, resolver] of Object.entries(value)) {
        if (field in target) throw new Error(`Resolver ${typeName}.${field} is defined twice`);
        target[field] = resolver;
      }
      merged[typeName] = target;
    }
  }
  return merged;
}
