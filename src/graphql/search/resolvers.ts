import type { QueryResolvers, Resolvers, SearchHitResolvers } from '../generated/resolvers.js';
import { checkPageSize } from '../limits.js';
import { selects } from '../look-ahead.js';
import { search as runSearch } from './queries.js';

// Query.search → search() → cypher/queries/search/hits.cypher
const search: NonNullable<QueryResolvers['search']> = (_, { text, kinds, first }, ctx, info) => {
  checkPageSize(ctx.config, first);
  const withText = info.fieldNodes.some(
    (node) => selects(info, node, [['passage', 'matchedOn']]) || selects(info, node, ['node', 'text']),
  );
  return runSearch(ctx.db, { text, kinds: kinds ?? null, first, withText });
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
