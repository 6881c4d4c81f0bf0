import type { Resolvers, StatementResolvers } from '../generated/resolvers.js';
import { referencedArticle, referencedEntity } from '../shared.js';

// Statements arrive from statement/by-entities or statement/by-articles with ids of their ends; the ends
// load through the per-request loaders, so a list of statements costs one statement per field.
const Statement: StatementResolvers = {
  speaker: (s, _, ctx) => (s.speakerId === null ? null : referencedEntity(ctx.loaders, s.speakerId)),
  about: (s, _, ctx) => Promise.all(s.aboutIds.map((id) => referencedEntity(ctx.loaders, id))),
  article: (s, _, ctx) => referencedArticle(ctx.loaders, s.articleId),
};

export const statementResolvers: Resolvers = { Statement };
