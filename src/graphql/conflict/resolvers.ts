import type {
  ConflictResolvers,
  ConflictValueResolvers,
  QueryResolvers,
  Resolvers,
} from '../generated/resolvers.js';
import { corroboration } from '../graph/evidence.js';
import { checkPageSize } from '../limits.js';
import type { Loaders } from '../loaders.js';
import type { ConflictValueRow, EvidenceRow } from '../rows.js';
import { referencedEntity, requireEntity } from '../shared.js';
import { findConflicts } from './queries.js';

// Query.conflicts → findConflicts → cypher/queries/conflict/list.cypher
const conflicts: NonNullable<QueryResolvers['conflicts']> = async (_, { subject, first }, ctx) => {
  checkPageSize(ctx.config, first);
  const found = await findConflicts(ctx.db, { subject: subject ?? null, first });
  // An unknown subject is NOT_FOUND, not "no conflict". Its conflicts prove it exists, so it is checked only when
  // there are none: a request that finds some is one round trip.
  if (subject && found.length === 0) await requireEntity(ctx.loaders, subject);
  return found;
};

/** Every sentence stating a value, across its claims (one batched evidence statement per request). */
async function valueSources(loaders: Loaders, value: ConflictValueRow): Promise<EvidenceRow[]> {
  return (await Promise.all(value.claims.map((c) => loaders.evidence.load(c.id)))).flat();
}

const Conflict: ConflictResolvers = {
  subject: (c, _, ctx) => referencedEntity(ctx.loaders, c.subjectId),
  // Most corroborated value first (by outlets, then articles); the statement's value order breaks ties.
  values: async (c, _, ctx) => {
    const scored = await Promise.all(
      c.values.map(async (value) => ({
        value,
        support: corroboration(await valueSources(ctx.loaders, value)),
      })),
    );
    return scored
      .sort((a, b) => b.support.outlets - a.support.outlets || b.support.articles - a.support.articles)
      .map((s) => s.value);
  },
};

const ConflictValue: ConflictValueResolvers = {
  sources: (v, _, ctx) => valueSources(ctx.loaders, v),
  corroboration: async (v, _, ctx) => corroboration(await valueSources(ctx.loaders, v)),
};

export const conflictResolvers: Resolvers = {
  Query: { conflicts },
  Conflict,
  ConflictValue,
};
