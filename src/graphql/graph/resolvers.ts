import { badInput } from '../../errors.js';
import type {
  GraphEdgeResolvers,
  PathHopResolvers,
  PathResolvers,
  QueryResolvers,
  Resolvers,
} from '../generated/resolvers.js';
import { checkDepth, checkHops, checkPageSize } from '../limits.js';
import { relationTypesParam } from '../relation-types.js';
import { requireEntity, timeSpan } from '../shared.js';
import { corroboration } from './evidence.js';
import { findNeighbourhood, findPaths } from './queries.js';

// Query.neighbourhood → findNeighbourhood → cypher/queries/graph/neighbourhood.cypher
const neighbourhood: NonNullable<QueryResolvers['neighbourhood']> = async (
  _,
  { id, depth, relationTypes, kinds, limit },
  ctx,
) => {
  checkDepth(depth);
  checkPageSize(ctx.config, limit, 'limit');
  const types = relationTypesParam(relationTypes);
  await requireEntity(ctx.loaders, id);
  return findNeighbourhood(ctx.db, { id, depth, types, kinds: kinds?.length ? kinds : null, limit });
};

// Query.paths → findPaths → cypher/queries/graph/paths.cypher
const paths: NonNullable<QueryResolvers['paths']> = async (
  _,
  { from, to, maxHops, relationTypes, first },
  ctx,
) => {
  checkHops(ctx.config, maxHops);
  checkPageSize(ctx.config, first);
  if (from === to) throw badInput('"from" and "to" must be different entities', { argument: 'to' });
  const types = relationTypesParam(relationTypes);
  // One batched statement checks both ends, so an unknown id is NOT_FOUND rather than "no path".
  await Promise.all([requireEntity(ctx.loaders, from), requireEntity(ctx.loaders, to)]);
  return findPaths(ctx.db, { from, to, maxHops, types, first });
};

const GraphEdge: GraphEdgeResolvers = {
  time: (e) => timeSpan(e),
  // GraphEdge.evidence → loaders.evidence → cypher/queries/graph/evidence.cypher (one statement per request)
  evidence: (e, _, ctx) => ctx.loaders.evidence.load(e.id),
  corroboration: async (e, _, ctx) => corroboration(await ctx.loaders.evidence.load(e.id)),
};

const Path: PathResolvers = {
  length: (p) => p.hops.length,
};

const PathHop: PathHopResolvers = {
  evidence: (h, _, ctx) => ctx.loaders.evidence.load(h.relation.id),
};

export const graphResolvers: Resolvers = {
  Query: { neighbourhood, paths },
  GraphEdge,
  Path,
  PathHop,
};
