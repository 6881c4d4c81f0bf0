import { z } from 'zod';
import { AppError } from '../../errors.js';
import { isEntityKind } from '../../graph/allow-list.js';
import { RELATION_TYPES } from '../../graph/relation-types.js';
import type { EntityRow } from '../rows.js';
import { entityRowOf, type CurationDeps, type StoredEntity } from './shared.js';

/**
 * What a merge reads about the merged entity and keeps on its MergeRecord (as JSON text) so an undo can put
 * every piece back where it was, and the record as the API returns it.
 */

const props = z.record(z.string(), z.unknown());
const stringList = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);
const optText = z
  .string()
  .nullish()
  .transform((v) => v ?? null);

const mentionLink = z.object({ articleId: z.string(), start: z.number(), props });
const relationLink = z.object({
  id: z.string(),
  type: z.enum(RELATION_TYPES),
  subjectId: z.string(),
  objectId: z.string(),
  props,
});
export type RelationLink = z.infer<typeof relationLink>;

/** Everything attached to an entity, as curation/entity-links returns it. */
export const entityLinks = z.object({
  mentions: z.array(mentionLink),
  outgoing: z.array(relationLink),
  incoming: z.array(relationLink),
  saidBy: z.array(z.string()),
  statementsAbout: z.array(z.string()),
  facts: z.array(z.string()),
  candidates: z.array(z.string()),
  unhandled: z.array(z.string()),
});
export type EntityLinks = z.infer<typeof entityLinks>;

/** A relationship's evidence claim as stored: its properties and its EVIDENCED_BY edges. */
export const claimSnapshot = z.object({
  id: z.string(),
  props,
  evidence: z.array(z.object({ articleId: z.string(), props })),
});
export type ClaimSnapshot = z.infer<typeof claimSnapshot>;

/** What moved, as stored (JSON) on the record: enough to put every piece back where it was. */
export const movedSchema = z.object({
  /** `created`: false when the kept entity already had a mention at that place (the merged one was dropped). */
  mentions: z.array(mentionLink.extend({ created: z.boolean() })),
  /** With their ends as they were before the merge. */
  relations: z.array(relationLink),
  /**
   * Relationships between the two entities (or of the merged one with itself), which the merge would have
   * turned into a relationship of the kept entity with itself: removed with their claims, kept here.
   * Records made before this existed have none.
   */
  dropped: z.array(relationLink.extend({ claim: claimSnapshot.nullable() })).default([]),
  saidBy: z.array(z.object({ id: z.string(), created: z.boolean() })),
  statementsAbout: z.array(z.object({ id: z.string(), created: z.boolean() })),
  facts: z.array(z.string()),
  candidates: z.array(z.string()),
  standaloneAliasesAdded: z.array(z.string()),
});
export type Moved = z.infer<typeof movedSchema>;

export const snapshotSchema = z.object({ labels: z.array(z.string()), properties: props });

/** Labels a snapshot may restore: `Entity` and one kind, nothing else reaches Cypher. */
export function restorableLabels(labels: readonly string[], mergedId: string): string[] {
  const kinds = labels.filter(isEntityKind);
  const others = labels.filter((l) => l !== 'Entity' && !isEntityKind(l));
  if (kinds.length !== 1 || others.length > 0) {
    throw new Error(`The snapshot of ${mergedId} has labels outside the allow-list: ${labels.join(', ')}`);
  }
  return ['Entity', ...kinds];
}

export const mergeRecordRow = z.object({
  id: z.string(),
  keptId: z.string(),
  mergedId: z.string(),
  mergedName: z.string(),
  mergedBy: optText,
  reason: optText,
  at: z.string(),
  undoneAt: optText,
  movedMentions: z.number().int(),
  movedRelations: z.number().int(),
  aliasesAdded: stringList,
  snapshot: z.string(),
  moved: z.string(),
});
type MergeRecordRow = z.infer<typeof mergeRecordRow>;

/** A MergeRecord as the API returns it. */
export interface MergeRecordValue {
  id: string;
  kept: EntityRow;
  mergedId: string;
  mergedName: string;
  mergedAt: string;
  mergedBy: string | null;
  reason: string | null;
  movedMentions: number;
  movedRelations: number;
  aliasesAdded: string[];
  undoneAt: string | null;
}

export function mergeRecordValue(
  deps: CurationDeps,
  record: MergeRecordRow,
  kept: StoredEntity,
): MergeRecordValue {
  return {
    id: record.id,
    kept: entityRowOf(deps, kept),
    mergedId: record.mergedId,
    mergedName: record.mergedName,
    mergedAt: record.at,
    mergedBy: record.mergedBy,
    reason: record.reason,
    movedMentions: record.movedMentions,
    movedRelations: record.movedRelations,
    aliasesAdded: record.aliasesAdded,
    undoneAt: record.undoneAt,
  };
}

export const conflict = (message: string, details?: Record<string, unknown>): AppError =>
  new AppError('CONFLICT', message, details);
