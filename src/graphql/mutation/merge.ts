import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { badInput, notFound } from '../../errors.js';
import { cypher } from '../../neo4j/catalogue.js';
import { ConcurrentChangeError } from '../../neo4j/driver-errors.js';
import {
  dropRelations,
  moveCandidates,
  moveFacts,
  moveLinks,
  moveMentions,
  moveRelations,
  moveSaidByQ,
  moveStatementAboutQ,
  otherEnds,
  readLinks,
  relinkNamedMentions,
  restoreDropped,
} from './merge-moves.js';
import {
  conflict,
  mergeRecordRow,
  mergeRecordValue,
  movedSchema,
  restorableLabels,
  snapshotSchema,
  type MergeRecordValue,
  type Moved,
} from './merge-record.js';
import { lockEntities, readEntity, single, storedEntity, writeNames, type CurationDeps } from './shared.js';

/**
 * Merging two entities that turned out to be one, and undoing it.
 *
 * A merge runs in one write transaction holding both entities' locks: everything attached to the merged entity
 * moves to the kept one (mentions, every allow-listed relationship in both directions with its type and
 * properties, the evidence claims' ends, statements said by or about it, fact claims about it, candidates
 * resolved to it), its names are added to the kept entity's, it is deleted, and a MergeRecord keeps a snapshot
 * of it (properties and labels) and the list of what moved. A relationship between the two (X MET Y) would
 * become the kept entity's relationship with itself: it is removed with its claim instead, and kept on the
 * record. Repeating a merge that is in force returns its record and changes nothing. Writes that name the
 * merged id afterwards (or while the merge held its locks) follow the record to the kept entity
 * (src/ingest/resolve-entities.ts).
 *
 * An undo restores the merged entity from the snapshot and moves back exactly what moved: a mention the kept
 * entity already had at the same place stays with it, names the merge added are removed again, dropped
 * relationships come back with their claims. Mentions the kept entity received while the merge was in force
 * that only the merged entity's names explain go to the restored entity too (merge-moves.ts
 * relinkNamedMentions); anything else written to the kept entity meanwhile stays with it. Undoing twice is a
 * CONFLICT (the record says when it was undone), as is undoing while the kept entity has itself been merged
 * away or while another end of a moved relationship no longer exists: nothing is changed then.
 */

const mergeStateQ = cypher('curation/merge-state');
const deleteEntityQ = cypher('curation/delete-entity');
const createMergeRecordQ = cypher('curation/create-merge-record');
const undoStateQ = cypher('curation/undo-state');
const existingEntitiesQ = cypher('curation/existing-entities');
const restoreEntityQ = cypher('curation/restore-entity');
const closeMergeRecordQ = cypher('curation/close-merge-record');

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
    // The other ends of its relationships are locked with the two, in one sorted batch: every entity lock the
    // merge needs is taken in the order all writers take theirs, so a write naming them waits, never deadlocks.
    const ends = otherEnds(await readLinks(tx, mergeId), [keepId, mergeId]);
    await lockEntities(tx, [keepId, mergeId, ...ends]);
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

    const links = await readLinks(tx, mergeId);
    if (!links) throw notFound('Entity', mergeId);
    if (otherEnds(links, [keepId, mergeId]).some((id) => !ends.includes(id))) {
      throw new ConcurrentChangeError(
        `${mergeId} was related to more entities while the merge waited for it`,
      );
    }
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
    const attached = [...new Map([...links.outgoing, ...links.incoming].map((r) => [r.id, r])).values()];
    const toKeep = (id: string): string => (id === mergeId ? keepId : id);
    // One between the two (or of the merged entity with itself) would join the kept entity to itself.
    const joinsItself = (r: { subjectId: string; objectId: string }): boolean =>
      toKeep(r.subjectId) === toKeep(r.objectId);
    const relations = attached.filter((r) => !joinsItself(r));
    const dropped = await dropRelations(tx, attached.filter(joinsItself));
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
      dropped,
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
  return mergeRecordValue(deps, result.record, result.kept);
}

// ----- undo -----------------------------------------------------------------------------------------------

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
    const moved = movedSchema.parse(JSON.parse(record.moved));
    const snapshot = snapshotSchema.parse(JSON.parse(record.snapshot));
    const merged = record.mergedId;
    const keep = record.keptId;
    // Every other end of a moved relationship must still be there to receive it back; they are locked with the
    // kept entity in one sorted batch, and before its names are read, so a name added meanwhile is kept.
    const ends = unique(moved.relations.flatMap((r) => [r.subjectId, r.objectId])).filter(
      (id) => id !== merged && id !== keep,
    );
    await lockEntities(tx, [keep, ...ends]);
    const kept = await readEntity(tx, keep);
    if (kept === null) {
      const [by] = z.array(z.string()).parse(state.keptMergedBy);
      throw conflict(
        `The kept entity ${keep} no longer exists${by ? `: it was merged away by ${by}, undo that first` : ''}`,
        { id: keep, ...(by ? { mergedBy: by } : {}) },
      );
    }
    const existing = new Set((await tx.run(existingEntitiesQ, { ids: ends })).map((r) => String(r.id)));
    const missing = ends.filter((id) => !existing.has(id));
    if (missing.length > 0) {
      throw conflict(`Cannot undo ${record.id}: ${missing.join(', ')} no longer exist; nothing was changed`, {
        missing,
      });
    }
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
    await restoreDropped(tx, moved.dropped);
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
    await relinkNamedMentions(
      tx,
      restoredKeep,
      { id: merged, aliases: storedEntity.parse(snapshot.properties).aliases },
      moved.mentions.filter((m) => !m.created).map((m) => ({ articleId: m.articleId, start: m.start })),
    );
    const [closed] = await tx.run(closeMergeRecordQ, { id: record.id, by: deps.actor });
    return { record: mergeRecordRow.parse(closed?.record), kept: restoredKeep };
  });
  deps.linkerCache?.invalidate();
  return mergeRecordValue(deps, result.record, result.kept);
}
