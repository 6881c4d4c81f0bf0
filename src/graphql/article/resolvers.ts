import type {
  ArticleResolvers,
  EvidenceResolvers,
  QueryResolvers,
  Resolvers,
} from '../generated/resolvers.js';
import { checkPageSize } from '../limits.js';
import { isWebUrl } from '../scalars.js';
import { connectionFields, offsetAfter } from '../pagination.js';
import { referencedArticle, requireArticle, requireEntity } from '../shared.js';
import { findArticlePage } from './queries.js';

/** A Date input (graphql-scalars parses it to a UTC-midnight Date) as the stored ISO day. */
const isoDay = (d: Date | null | undefined): string | null => (d ? d.toISOString().slice(0, 10) : null);

// Query.article → requireArticle → loaders.articles → cypher/queries/article/by-ids.cypher
const article: NonNullable<QueryResolvers['article']> = (_, { id }, ctx) => requireArticle(ctx.loaders, id);

// Query.articles → findArticlePage → cypher/queries/article/page.cypher
const articles: NonNullable<QueryResolvers['articles']> = async (_, { filter, first, after }, ctx) => {
  checkPageSize(ctx.config, first);
  const offset = offsetAfter(after);
  const page = await findArticlePage(
    ctx.db,
    {
      mentions: filter?.mentions ?? null,
      outlet: filter?.outlet ?? null,
      from: isoDay(filter?.publishedFrom),
      to: isoDay(filter?.publishedTo),
    },
    { offset, first },
  );
  // An unknown entity is NOT_FOUND, not "no article". Articles mentioning it prove it exists, so it is checked
  // only when none does: a request that finds some is one round trip.
  if (filter?.mentions && page.totalCount === 0) await requireEntity(ctx.loaders, filter.mentions);
  return page;
};

const Article: ArticleResolvers = {
  // Dashboards render it as a link: an address stored before inputs were checked (or by hand) that is not
  // http(s), such as `javascript:`, reads as unknown.
  url: (a) => (a.url !== null && isWebUrl(a.url) ? a.url : null),
  // Listings leave the text out; it is loaded (batched) only when a client asks for it.
  text: async (a, _, ctx) => a.text ?? (await referencedArticle(ctx.loaders, a.id)).text ?? '',
  // Article.mentions → loaders.articleMentions → cypher/queries/article/mentions.cypher
  mentions: (a, { first, after }, ctx) =>
    ctx.loaders.articleMentions.load({
      id: a.id,
      offset: offsetAfter(after),
      first: checkPageSize(ctx.config, first),
    }),
  // Article.statements → loaders.articleStatements → cypher/queries/statement/by-articles.cypher
  statements: (a, _, ctx) => ctx.loaders.articleStatements.load(a.id),
};

const Evidence: EvidenceResolvers = {
  article: (e) => e.article,
};

export const articleResolvers: Resolvers = {
  Query: { article, articles },
  Article,
  ArticleConnection: connectionFields,
  Evidence,
};
