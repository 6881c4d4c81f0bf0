import { badInput, notFound } from '../../errors.js';
import type {
  GraphEdgeResolvers,
  PathHopResolvers,
  PathResolvers,
  QueryResolvers,
  Resolvers,
} from '../generated/resolvers.js';
import { checkDepth, checkHops, checkPageSize } from '../limits.js';
import { CARD_FIELDS, selects, selectsOnly, selectsOnlyCards } from '../look-ahead.js';
import { relationTypesParam } from '../relation-types.js';
import { requireEntity, timeSpan } from '../shared.js';
import { corroboration } from './evidence.js';
import { findNeighbourhood, findPaths } from './queries.js';

/** Edge fields that need nothing but the relationship's id, type and ends (evidence is loaded by id). */
const BARE_EDGE_FIELDS = new Set([
  '__typename',
  'id',
  'type',
  'source',
  'target',
  'evidence',
  'corroboration',
]);

// Query.neighbourhood → findNeighbourhood → cypher/queries/graph/neighbourhood.cypher. The statement starts at the
// centre, so it finds no row for an unknown id: NOT_FOUND without a statement of its own to check the id first.
const neighbourhood: NonNullable<QueryResolvers['neighbourhood']> = async (
  _,
  { id, depth, relationTypes, kinds, limit },
  ctx,
  info,
) => {
  checkDepth(depth);
  checkPageSize(ctx.config, limit, 'limit');
  const types = relationTypesParam(relationTypes);
  const graph = await findNeighbourhood(ctx.db, {
    id,
    depth,
    types,
    kinds: kinds?.length ? kinds : null,
    limit,
    detail: {
      nodes: !selectsOnly(info, ['nodes'], CARD_FIELDS),
      edges: !selectsOnly(info, ['edges'], BARE_EDGE_FIELDS),
    },
  });
  if (!graph) throw notFound('Entity', id);
  return graph;
};

/** The entities of a path's hops, below Query.paths; read as cards only, the statement ships cards. */
const HOP_ENTITIES = [
  ['hops', 'from'],
  ['hops', 'to'],
  ['hops', 'relation', 'subject'],
  ['hops', 'relation', 'object'],
] as const;

// Query.paths → findPaths → cypher/queries/graph/paths.cypher, with the hops' evidence when the selection reads it
// (primed into loaders.evidence, which PathHop.evidence reads)
const paths: NonNullable<QueryResolvers['paths']> = async (
  _,
  { from, to, maxHops, relationTypes, first },
  ctx,
  info,
) => {
  checkHops(ctx.config, maxHops);
  checkPageSize(ctx.config, first);
  if (from === to) throw badInput('"from" and "to" must be different entities', { argument: 'to' });
  const types = relationTypesParam(relationTypes);
  const evidence = info.fieldNodes.some(
    (node) =>
      selects(info, node, ['hops', 'evidence']) ||
      selects(info, node, ['hops', 'relation', ['evidence', 'corroboration']]),
  );
  // A hop's relationship has the hop's ends as its subject and object.
  const detail = !selectsOnlyCards(info, HOP_ENTITIES);
  const found = await findPaths(ctx.db, { from, to, maxHops, types, first, evidence, detail });
  // A path proves both ends exist. Only when there is none does one batched statement check them, so an unknown
  // id is NOT_FOUND rather than "no path": a request that finds paths makes one round trip.
  if (found.paths.length === 0) {
    await Promise.all([requireEntity(ctx.loaders, from), requireEntity(ctx.loaders, to)]);
  }
  for (const [id, rows] of found.evidence ?? []) ctx.loaders.evidence.prime(id, rows);
  return found.paths;
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
