import type { QueryResolvers, Resolvers, SearchHitResolvers } from '../generated/resolvers.js';
import { checkPageSize } from '../limits.js';
import { search as runSearch } from './queries.js';

// Query.search → search() → cypher/queries/search/hits.cypher
const search: NonNullable<QueryResolvers['search']> = (_, { text, kinds, first }, ctx) => {
  checkPageSize(ctx.config, first);
  return runSearch(ctx.db, { text, kinds: kinds ?? null, first });
};

const SearchHit: SearchHitResolvers = {
  node: (hit) => hit.entity ?? hit.article,
};

export const searchResolvers: Resolvers = {
  Query: { search },
  SearchHit,
  // Entity rows carry their kind (the GraphQL type name); article rows have none.
  SearchResult: { __resolveType: (node) => ('kind' in node ? node.kind : 'Article') },
};
