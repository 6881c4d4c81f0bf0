import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError, badInput, notFound } from '../../errors.js';
import { assertRelationType, isEntityKind } from '../../graph/allow-list.js';
import { RELATION_TYPES } from '../../graph/relation-types.js';
import { cypher } from '../../neo4j/catalogue.js';
import type { WriteTx } from '../../neo4j/db.js';
import type { EntityRow } from '../rows.js';
import {
  entityRowOf,
  lockEntities,
  single,
  storedEntity,
  writeNames,
  type CurationDeps,
  type StoredEntity,
} from './shared.js';

/**
 * Merging two entities that turned out to be one, and undoing it.
 *
 * A merge runs in one write transaction: everything attached to the merged entity moves to the kept one
 * (mentions, every allow-listed relationship in both directions with its type and properties, the evidence
 * claims' ends, statements said by or about it, fact claims about it, candidates resolved to it), its names are
 * added to the kept entity's, it is deleted, and a MergeRecord keeps a snapshot of it (properties and labels)
 * and the list of what moved. Repeating a merge that is in force returns its record and changes nothing.
 *
 * An undo restores the merged entity from the snapshot and moves back exactly what moved: a mention the kept
 * entity already had at the same place stays with it, names the merge added are removed again. Undoing twice
 * is a CONFLICT (the record says when it was undone), as is undoing while the kept entity has itself been merged
 * away or while another end of a moved relationship no longer exists: nothing is changed then.
 */

const mergeStateQ = cypher('curation/merge-state');
const entityLinksQ = cypher('curation/entity-links');
const moveMentionsQ = cypher('curation/move-mentions');
const moveRelationsQ = cypher('curation/move-relations');
const moveSaidByQ = cypher('curation/move-said-by');
const moveStatementAboutQ = cypher('curation/move-statement-about');
const moveFactsQ = cypher('curation/move-facts');
const moveCandidatesQ = cypher('curation/move-candidates');
const deleteEntityQ = cypher('curation/delete-entity');
const createMergeRecordQ = cypher('curation/create-merge-record');
const undoStateQ = cypher('curation/undo-state');
const existingEntitiesQ = cypher('curation/existing-entities');
const restoreEntityQ = cypher('curation/restore-entity');
const closeMergeRecordQ = cypher('curation/close-merge-record');

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
const entityLinks = z.object({
  mentions: z.array(mentionLink),
  outgoing: z.array(relationLink),
  incoming: z.array(relationLink),
  saidBy: z.array(z.string()),
  statementsAbout: z.array(z.string()),
  facts: z.array(z.string()),
  candidates: z.array(z.string()),
  unhandled: z.array(z.string()),
});

/** What moved, as stored (JSON) on the record: enough to put every piece back where it was. */
export const movedSchema = z.object({
  /** `created`: false when the kept entity already had a mention at that place (the merged one was dropped). */
  mentions: z.array(mentionLink.extend({ created: z.boolean() })),
  /** With their ends as they were before the merge. */
  relations: z.array(relationLink),
  saidBy: z.array(z.object({ id: z.string(), created: z.boolean() })),
  statementsAbout: z.array(z.object({ id: z.string(), created: z.boolean() })),
  facts: z.array(z.string()),
  candidates: z.array(z.string()),
  standaloneAliasesAdded: z.array(z.string()),
});
export type Moved = z.infer<typeof movedSchema>;

export const snapshotSchema = z.object({ labels: z.array(z.string()), properties: props });

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
export type MergeRecordRow = z.infer<typeof mergeRecordRow>;

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

function toValue(deps: CurationDeps, record: MergeRecordRow, kept: StoredEntity): MergeRecordValue {
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

const conflict = (message: string, details?: Record<string, unknown>): AppError =>
  new AppError('CONFLICT', message, details);

// ----- moving links between two entities (both directions use the same statements) -----------------------

interface MentionMove {
  articleId: string;
  start: number;
  props: Record<string, unknown>;
  deleteOld: boolean;
}

async function moveMentions(tx: WriteTx, from: string, to: string, items: MentionMove[]): Promise<boolean[]> {
  if (items.length === 0) return [];
  const rows = await tx.run(moveMentionsQ, { from, to, items });
  const created = new Map(rows.map((r) => [`${String(r.articleId)}@${String(r.start)}`, r.created === true]));
  return items.map((it) => created.get(`${it.articleId}@${String(it.start)}`) ?? false);
}

interface RelationMove {
  id: string;
  type: string;
  oldSubjectId: string;
  oldObjectId: string;
  newSubjectId: string;
  newObjectId: string;
  props: Record<string, unknown>;
  deleteOld: boolean;
}

async function moveRelations(tx: WriteTx, items: RelationMove[]): Promise<void> {
  for (const it of items) assertRelationType(it.type);
  if (items.length === 0) return;
  const rows = await tx.run(moveRelationsQ, { items });
  if (rows.length !== items.length) {
    throw new Error(`Moved ${rows.length} of ${items.length} relationships; the transaction is rolled back`);
  }
}

async function moveLinks(
  tx: WriteTx,
  query: typeof moveSaidByQ,
  from: string,
  to: string,
  items: { id: string; deleteOld: boolean }[],
): Promise<boolean[]> {
  if (items.length === 0) return [];
  const rows = await tx.run(query, { from, to, items });
  const created = new Map(rows.map((r) => [String(r.id), r.created === true]));
  return items.map((it) => created.get(it.id) ?? false);
}

async function moveFacts(
  tx: WriteTx,
  from: string,
  to: string,
  ids: string[],
  deleteOld = true,
): Promise<void> {
  if (ids.length > 0) await tx.run(moveFactsQ, { from, to, items: ids.map((id) => ({ id, deleteOld })) });
}

async function moveCandidates(tx: WriteTx, from: string, to: string, ids: string[]): Promise<void> {
  if (ids.length > 0) await tx.run(moveCandidatesQ, { from, to, ids });
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

// ----- merge ----------------------------------------------------------------------------------------------

/** Merges `mergeId` into `keepId` (same kind, different ids); see the module comment for what moves. */
export async function mergeEntities(
  deps: CurationDeps,
  keepId: string,
  mergeId: string,
  reason: string | null,
): Promise<MergeRecordValue> {
  if (keepId === mergeId) {
    throw badInput('"keep" and "merge" must be two different entities', { argument: 'merge' });
  }
  const recordId = `merge/${randomBytes(8).toString('hex')}`;
  const result = await deps.db.writeTransaction('curation/merge-entities', async (tx) => {
    await lockEntities(tx, [keepId, mergeId]);
    const state = single(await tx.run(mergeStateQ, { keep: keepId, merge: mergeId }), 'merge-state');
    const keep = state.keep === null ? null : storedEntity.parse(state.keep);
    const merge = state.merge === null ? null : storedEntity.parse(state.merge);
    const [inForce] = z.array(mergeRecordRow).parse(state.records);
    if (!merge && inForce) {
      // The same merge again: it is done, so its record is the answer.
      if (!keep) throw conflict(`Entity ${keepId} has itself been merged away since merge ${inForce.id}`);
      return { record: inForce, kept: keep, changed: false };
    }
    if (!keep) throw notFound('Entity', keepId);
    if (!merge) throw notFound('Entity', mergeId);
    if (keep.kind !== merge.kind) {
      throw badInput(
        `Only entities of the same kind can be merged (${keepId} is a ${keep.kind}, ${mergeId} a ${merge.kind})`,
        {
          argument: 'merge',
        },
      );
    }

    const links = entityLinks.parse(
      single(await tx.run(entityLinksQ, { id: mergeId, types: RELATION_TYPES }), 'entity-links'),
    );
    if (links.unhandled.length > 0) {
      throw conflict(
        `${mergeId} has relationships a merge cannot move (${unique(links.unhandled).join(', ')}); nothing was changed`,
      );
    }
    const mentionsCreated = await moveMentions(
      tx,
      mergeId,
      keepId,
      links.mentions.map((m) => ({ ...m, deleteOld: true })),
    );
    // A relationship of the merged entity with itself shows up in both directions: once is enough.
    const relations = [...new Map([...links.outgoing, ...links.incoming].map((r) => [r.id, r])).values()];
    const toKeep = (id: string): string => (id === mergeId ? keepId : id);
    await moveRelations(
      tx,
      relations.map((r) => ({
        id: r.id,
        type: r.type,
        oldSubjectId: r.subjectId,
        oldObjectId: r.objectId,
        newSubjectId: toKeep(r.subjectId),
        newObjectId: toKeep(r.objectId),
        props: r.props,
        deleteOld: true,
      })),
    );
    const saidByCreated = await moveLinks(
      tx,
      moveSaidByQ,
      mergeId,
      keepId,
      links.saidBy.map((id) => ({ id, deleteOld: true })),
    );
    const aboutCreated = await moveLinks(
      tx,
      moveStatementAboutQ,
      mergeId,
      keepId,
      links.statementsAbout.map((id) => ({ id, deleteOld: true })),
    );
    await moveFacts(tx, mergeId, keepId, links.facts);
    await moveCandidates(tx, mergeId, keepId, links.candidates);

    const standaloneAliasesAdded = merge.standaloneAliases.filter((a) => !keep.standaloneAliases.includes(a));
    const kept = await writeNames(
      tx,
      keep,
      [...keep.aliases, merge.name, ...merge.aliases],
      [...keep.standaloneAliases, ...standaloneAliasesAdded],
    );
    const aliasesAdded = kept.aliases.filter((a) => !keep.aliases.includes(a));

    const [deleted] = await tx.run(deleteEntityQ, { id: mergeId });
    if (Number(deleted?.deleted ?? 0) !== 1) {
      throw new Error(
        `${mergeId} still has relationships after the merge moved them; the transaction is rolled back`,
      );
    }

    const moved: Moved = {
      mentions: links.mentions.map((m, i) => ({ ...m, created: mentionsCreated[i] ?? false })),
      relations,
      saidBy: links.saidBy.map((id, i) => ({ id, created: saidByCreated[i] ?? false })),
      statementsAbout: links.statementsAbout.map((id, i) => ({ id, created: aboutCreated[i] ?? false })),
      facts: links.facts,
      candidates: links.candidates,
      standaloneAliasesAdded,
    };
    const labels = z.array(z.string()).parse(state.mergeLabels);
    const [created] = await tx.run(createMergeRecordQ, {
      record: {
        id: recordId,
        keptId: keepId,
        mergedId: mergeId,
        mergedName: merge.name,
        mergedBy: deps.actor,
        reason,
        movedMentions: moved.mentions.length,
        movedRelations: moved.relations.length,
        aliasesAdded,
        snapshot: JSON.stringify({ labels, properties: state.merge }),
        moved: JSON.stringify(moved),
      },
    });
    return { record: mergeRecordRow.parse(created?.record), kept, changed: true };
  });
  if (result.changed) deps.linkerCache?.invalidate();
  return toValue(deps, result.record, result.kept);
}

// ----- undo -----------------------------------------------------------------------------------------------

/** Labels a snapshot may restore: `Entity` and one kind, nothing else reaches Cypher. */
function restorableLabels(labels: readonly string[], mergedId: string): string[] {
  const kinds = labels.filter(isEntityKind);
  const others = labels.filter((l) => l !== 'Entity' && !isEntityKind(l));
  if (kinds.length !== 1 || others.length > 0) {
    throw new Error(`The snapshot of ${mergedId} has labels outside the allow-list: ${labels.join(', ')}`);
  }
  return ['Entity', ...kinds];
}

/** Undoes a merge; see the module comment. */
export async function undoMerge(deps: CurationDeps, mergeRecordId: string): Promise<MergeRecordValue> {
  const result = await deps.db.writeTransaction('curation/undo-merge', async (tx) => {
    const [state] = await tx.run(undoStateQ, { id: mergeRecordId });
    if (!state) throw notFound('Merge record', mergeRecordId);
    const record = mergeRecordRow.parse(state.record);
    if (record.undoneAt !== null) {
      throw conflict(`Merge ${record.id} was already undone at ${record.undoneAt}`, {
        id: record.id,
        undoneAt: record.undoneAt,
      });
    }
    if (state.mergedExists === true) {
      throw conflict(`An entity with id ${record.mergedId} exists again; nothing was changed`, {
        id: record.mergedId,
      });
    }
    if (state.kept === null) {
      const [by] = z.array(z.string()).parse(state.keptMergedBy);
      throw conflict(
        `The kept entity ${record.keptId} no longer exists${by ? `: it was merged away by ${by}, undo that first` : ''}`,
        { id: record.keptId, ...(by ? { mergedBy: by } : {}) },
      );
    }
    const kept = storedEntity.parse(state.kept);
    const moved = movedSchema.parse(JSON.parse(record.moved));
    const snapshot = snapshotSchema.parse(JSON.parse(record.snapshot));
    const merged = record.mergedId;
    const keep = record.keptId;

    // Every other end of a moved relationship must still be there to receive it back.
    const ends = unique(moved.relations.flatMap((r) => [r.subjectId, r.objectId])).filter(
      (id) => id !== merged && id !== keep,
    );
    const existing = new Set((await tx.run(existingEntitiesQ, { ids: ends })).map((r) => String(r.id)));
    const missing = ends.filter((id) => !existing.has(id));
    if (missing.length > 0) {
      throw conflict(`Cannot undo ${record.id}: ${missing.join(', ')} no longer exist; nothing was changed`, {
        missing,
      });
    }
    await lockEntities(tx, [keep]);

    await tx.run(restoreEntityQ, {
      props: snapshot.properties,
      labels: restorableLabels(snapshot.labels, merged),
    });
    await moveMentions(
      tx,
      keep,
      merged,
      moved.mentions.map((m) => ({
        articleId: m.articleId,
        start: m.start,
        props: m.props,
        deleteOld: m.created,
      })),
    );
    const toKeep = (id: string): string => (id === merged ? keep : id);
    await moveRelations(
      tx,
      moved.relations.map((r) => ({
        id: r.id,
        type: r.type,
        oldSubjectId: toKeep(r.subjectId),
        oldObjectId: toKeep(r.objectId),
        newSubjectId: r.subjectId,
        newObjectId: r.objectId,
        props: r.props,
        deleteOld: true,
      })),
    );
    await moveLinks(
      tx,
      moveSaidByQ,
      keep,
      merged,
      moved.saidBy.map((l) => ({ id: l.id, deleteOld: l.created })),
    );
    await moveLinks(
      tx,
      moveStatementAboutQ,
      keep,
      merged,
      moved.statementsAbout.map((l) => ({ id: l.id, deleteOld: l.created })),
    );
    await moveFacts(tx, keep, merged, moved.facts);
    await moveCandidates(tx, keep, merged, moved.candidates);

    const restoredKeep = await writeNames(
      tx,
      kept,
      kept.aliases.filter((a) => a === kept.name || !record.aliasesAdded.includes(a)),
      kept.standaloneAliases.filter((a) => !moved.standaloneAliasesAdded.includes(a)),
    );
    const [closed] = await tx.run(closeMergeRecordQ, { id: record.id, by: deps.actor });
    return { record: mergeRecordRow.parse(closed?.record), kept: restoredKeep };
  });
  deps.linkerCache?.invalidate();
  return toValue(deps, result.record, result.kept);
}
