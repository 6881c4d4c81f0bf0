import { candidateStatusValues, storedEnum } from '../enums.js';
import type {
  CandidateResolvers,
  CandidateSightingResolvers,
  QueryResolvers,
  Resolvers,
} from '../generated/resolvers.js';
import { checkPageSize } from '../limits.js';
import { connectionFields, keyAfter, offsetAfter } from '../pagination.js';
import { referencedArticle } from '../shared.js';
import { findCandidatePage, findEntityPage } from './queries.js';

// Query.entities → findEntityPage → cypher/queries/entities/page.cypher or filtered-page.cypher
const entities: NonNullable<QueryResolvers['entities']> = (_, { filter, sort, first, after }, ctx) => {
  checkPageSize(ctx.config, first);
  return findEntityPage(
    ctx.db,
    { kind: filter?.kind ?? null, name: filter?.name ?? null, sort },
    { after: keyAfter(after), first },
  );
};

// Query.candidates → findCandidatePage → cypher/queries/entities/candidates.cypher
const candidates: NonNullable<QueryResolvers['candidates']> = (_, { status, first, after }, ctx) => {
  checkPageSize(ctx.config, first);
  return findCandidatePage(ctx.db, status, { offset: offsetAfter(after), first });
};

const Candidate: CandidateResolvers = {
  // Unknown stored statuses read as pending: an unreviewed state is the safe reading.
  status: (c) => storedEnum(candidateStatusValues, c.status) ?? 'pending',
  resolvedTo: (c, _, ctx) => (c.resolvedToId === null ? null : ctx.loaders.entities.load(c.resolvedToId)),
};

const CandidateSighting: CandidateSightingResolvers = {
  article: (s, _, ctx) => referencedArticle(ctx.loaders, s.articleId),
};

export const entitiesResolvers: Resolvers = {
  Query: { entities, candidates },
  EntityConnection: connectionFields,
  CandidateConnection: connectionFields,
  Candidate,
  CandidateSighting,
};
