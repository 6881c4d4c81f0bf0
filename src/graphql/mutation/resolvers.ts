import { AppError } from '../../errors.js';
import type { Context } from '../context.js';
import type { MutationResolvers, Resolvers } from '../generated/resolvers.js';
import { resolutionOf, resolveCandidate } from './candidate.js';
import { addAlias, upsertEntity } from './entity.js';
import { announceIngest, ingestArticleMutation } from './ingest.js';
import { mergeEntities, undoMerge } from './merge.js';
import { acceptProposal, rejectProposal } from '../proposal/accept.js';
import { findRelation } from '../proposal/queries.js';
import { addRelation } from './relation.js';
import type { CurationDeps } from './shared.js';

/**
 * The write side: each resolver checks the role (the authorisation plugin has already refused non-editors
 * before execution; this keeps a schema built without it safe too) and calls one plain function in this folder,
 * whose Cypher lives in cypher/queries/curation/ (and cypher/queries/ingest/ for what ingestion shares).
 */
function curation(ctx: Context): CurationDeps {
  if (ctx.auth.role !== 'editor') {
    throw ctx.auth.role === 'anonymous'
      ? new AppError('UNAUTHENTICATED', 'This operation needs an editor API key')
      : new AppError('FORBIDDEN', 'This operation needs the editor role');
  }
  return {
    db: ctx.db,
    loaders: ctx.loaders,
    linkerCache: ctx.linkerCache,
    ingestWriter: ctx.ingestWriter,
    actor: ctx.auth.role,
  };
}

const Mutation: MutationResolvers = {
  // → ingest/pipeline.ts → cypher/queries/ingest/*; then announced to subscribers (src/events/)
  ingestArticle: async (_, { input }, ctx) => {
    const result = await ingestArticleMutation(curation(ctx), input);
    announceIngest(ctx.events, result);
    return result;
  },
  // → cypher/queries/ingest/upsert-entities, curation/entity
  upsertEntity: (_, { input }, ctx) => upsertEntity(curation(ctx), input),
  // → curation/set-aliases
  addAlias: (_, { entityId, alias }, ctx) => addAlias(curation(ctx), entityId, alias),
  // → curation/merge-state, entity-links, move-*, delete-entity, create-merge-record
  mergeEntities: (_, { keep, merge, reason }, ctx) =>
    mergeEntities(curation(ctx), keep, merge, reason?.trim() || null),
  // → curation/undo-state, restore-entity, move-*, close-merge-record
  undoMerge: (_, { mergeId }, ctx) => undoMerge(curation(ctx), mergeId),
  // → ingest/upsert-relations, curation/relation; then announced to subscribers (src/events/)
  addRelation: async (_, { input }, ctx) => {
    const relation = await addRelation(curation(ctx), input);
    ctx.events.relationAdded(relation, 'added');
    return relation;
  },
  // → curation/candidate, resolve-candidate, ingest/merge-mentions
  resolveCandidate: (_, { candidateId, asNewEntity, asAliasOf }, ctx) =>
    resolveCandidate(curation(ctx), candidateId, resolutionOf(asNewEntity, asAliasOf)),
  // → proposal/lock, find-described, existing-relations, mark-reviewed, ingest/upsert-*; a relation is announced
  acceptProposal: async (_, { id }, ctx) => {
    const acceptance = await acceptProposal(curation(ctx), id);
    const relation = acceptance.relationId ? await findRelation(ctx.db, acceptance.relationId) : null;
    if (relation) ctx.events.relationAdded(relation, 'accepted');
    return acceptance;
  },
  // → proposal/lock, mark-reviewed
  rejectProposal: (_, { id, reason }, ctx) => rejectProposal(curation(ctx), id, reason?.trim() || null),
};

export const mutationResolvers: Resolvers = { Mutation };
