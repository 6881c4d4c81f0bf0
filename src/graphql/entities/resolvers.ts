import {
  candidateCategoryValues,
  candidateStatusValues,
  storedEnum,
  type CandidateCategoryValue,
  type Kind,
} from '../enums.js';
import type {
  CandidateResolvers,
  CandidateSightingResolvers,
  QueryResolvers,
  Resolvers,
} from '../generated/resolvers.js';
import { checkPageSize } from '../limits.js';
import { CARD_FIELDS, selectsOnly } from '../look-ahead.js';
import { connectionFields, keyAfter, offsetAfter } from '../pagination.js';
import { referencedArticle } from '../shared.js';
import { findCandidatePage, findEntityPage } from './queries.js';

// Query.entities → findEntityPage → cypher/queries/entities/page.cypher or filtered-page.cypher
// (cards only, id, kind and name, when the selection reads nothing else of the entities)
const entities: NonNullable<QueryResolvers['entities']> = (_, { filter, sort, first, after }, ctx, info) => {
  checkPageSize(ctx.config, first);
  return findEntityPage(
    ctx.db,
    {
      kind: filter?.kind ?? null,
      name: filter?.name ?? null,
      sort,
      detail: !selectsOnly(info, ['edges', 'node'], CARD_FIELDS),
    },
    { after: keyAfter(after), first },
  );
};

// Query.candidates → findCandidatePage → cypher/queries/entities/candidates.cypher
const candidates: NonNullable<QueryResolvers['candidates']> = (_, { status, first, after }, ctx) => {
  checkPageSize(ctx.config, first);
  return findCandidatePage(ctx.db, status, { offset: offsetAfter(after), first });
};

/** Candidates stored before categories existed have only their kind guess. */
const CATEGORY_OF_KIND: Partial<Record<Kind, CandidateCategoryValue>> = {
  Person: 'person',
  Place: 'place',
  Event: 'event',
};

const Candidate: CandidateResolvers = {
  // Unknown stored statuses read as pending: an unreviewed state is the safe reading.
  status: (c) => storedEnum(candidateStatusValues, c.status) ?? 'pending',
  category: (c) =>
    storedEnum(candidateCategoryValues, c.category) ??
    (c.kindGuess === null ? null : CATEGORY_OF_KIND[c.kindGuess]) ??
    'organisation',
  variants: (c) => (c.variants.length > 0 ? c.variants : [c.name]),
  aliasOf: async (c, _, ctx) => {
    if (c.aliasOfId === null) return null;
    // A suggested entity merged away or deleted since is no suggestion any more.
    const entity = await ctx.loaders.entities.load(c.aliasOfId);
    return entity === null ? null : { entity, reason: c.aliasReason ?? '' };
  },
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
