import { z } from 'zod';
import { assertRelationType } from '../../graph/allow-list.js';
import { RELATION_TYPES } from '../../graph/relation-types.js';
import { nameKey } from '../../ingest/names.js';
import { cypher } from '../../neo4j/catalogue.js';
import type { WriteTx } from '../../neo4j/db.js';
import {
  claimSnapshot,
  entityLinks,
  type ClaimSnapshot,
  type EntityLinks,
  type Moved,
  type RelationLink,
} from './merge-record.js';

/**
 * The statements a merge and its undo move things with. Both directions use the same ones: a merge moves from
 * the merged entity to the kept one, an undo moves back. Each runs inside the caller's transaction, which holds
 * the locks on both entities.
 */

const entityLinksQ = cypher('curation/entity-links');
const moveMentionsQ = cypher('curation/move-mentions');
const moveRelationsQ = cypher('curation/move-relations');
export const moveSaidByQ = cypher('curation/move-said-by');
export const moveStatementAboutQ = cypher('curation/move-statement-about');
const moveFactsQ = cypher('curation/move-facts');
const moveCandidatesQ = cypher('curation/move-candidates');
const claimsQ = cypher('curation/claims');
const dropRelationsQ = cypher('curation/drop-relations');
const restoreClaimsQ = cypher('curation/restore-claims');
const mentionSurfacesQ = cypher('curation/mention-surfaces');
const relinkMentionsQ = cypher('curation/relink-mentions');

interface MentionMove {
  articleId: string;
  start: number;
  props: Record<string, unknown>;
  deleteOld: boolean;
}

export async function moveMentions(
  tx: WriteTx,
  from: string,
  to: string,
  items: MentionMove[],
): Promise<boolean[]> {
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

export async function moveRelations(tx: WriteTx, items: RelationMove[]): Promise<void> {
  for (const it of items) assertRelationType(it.type);
  if (items.length === 0) return;
  const rows = await tx.run(moveRelationsQ, { items });
  if (rows.length !== items.length) {
    throw new Error(`Moved ${rows.length} of ${items.length} relationships; the transaction is rolled back`);
  }
}

export async function moveLinks(
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

export async function moveFacts(tx: WriteTx, from: string, to: string, ids: string[]): Promise<void> {
  if (ids.length > 0)
    await tx.run(moveFactsQ, { from, to, items: ids.map((id) => ({ id, deleteOld: true })) });
}

export async function moveCandidates(tx: WriteTx, from: string, to: string, ids: string[]): Promise<void> {
  if (ids.length > 0) await tx.run(moveCandidatesQ, { from, to, ids });
}

// ----- what is attached to an entity ----------------------------------------------------------------------

/** Everything attached to an entity (read before and after its lock is taken); null if it does not exist. */
export async function readLinks(tx: WriteTx, id: string): Promise<EntityLinks | null> {
  const [row] = await tx.run(entityLinksQ, { id, types: RELATION_TYPES });
  return row ? entityLinks.parse(row) : null;
}

/** The entities at the other ends of an entity's relationships, besides the given ones. */
export function otherEnds(links: EntityLinks | null, besides: readonly string[]): string[] {
  const ends = [...(links?.outgoing ?? []), ...(links?.incoming ?? [])].flatMap((r) => [
    r.subjectId,
    r.objectId,
  ]);
  return [...new Set(ends)].filter((id) => !besides.includes(id));
}

// ----- relationships between the two entities ------------------------------------------------------------

/**
 * Removes relationships that a merge would turn into self-loops (the kept entity MET itself), with their
 * evidence claims, and returns them as they were so an undo can restore them exactly.
 */
export async function dropRelations(tx: WriteTx, relations: RelationLink[]): Promise<Moved['dropped']> {
  if (relations.length === 0) return [];
  for (const r of relations) assertRelationType(r.type);
  const claims = z
    .array(claimSnapshot)
    .parse((await tx.run(claimsQ, { ids: relations.map((r) => r.id) })).map((r) => r.claim));
  const byId = new Map(claims.map((c) => [c.id, c]));
  const items = relations.map((r) => ({
    id: r.id,
    type: r.type,
    subjectId: r.subjectId,
    objectId: r.objectId,
  }));
  const [row] = await tx.run(dropRelationsQ, { items });
  if (Number(row?.relations) !== relations.length) {
    throw new Error(`Dropped ${String(row?.relations)} of ${relations.length} relationships; rolled back`);
  }
  return relations.map((r) => ({ ...r, claim: byId.get(r.id) ?? null }));
}

/** Puts dropped relationships back between their original ends, with their claims and evidence. */
export async function restoreDropped(tx: WriteTx, dropped: Moved['dropped']): Promise<void> {
  if (dropped.length === 0) return;
  const claims = dropped.flatMap((d): ClaimSnapshot[] => (d.claim ? [d.claim] : []));
  if (claims.length > 0) {
    const [row] = await tx.run(restoreClaimsQ, { claims });
    const evidence = claims.reduce((n, c) => n + c.evidence.length, 0);
    if (Number(row?.claims) !== claims.length || Number(row?.evidence) !== evidence) {
      throw new Error(
        'Could not restore the claims of dropped relationships; the transaction is rolled back',
      );
    }
  }
  await moveRelations(
    tx,
    dropped.map((d) => ({
      id: d.id,
      type: d.type,
      oldSubjectId: d.subjectId,
      oldObjectId: d.objectId,
      newSubjectId: d.subjectId,
      newObjectId: d.objectId,
      props: d.props,
      deleteOld: false,
    })),
  );
}

// ----- mentions written while the merge was in force ----------------------------------------------------

/**
 * Gives the restored entity the mentions the kept one received while the merge was in force that only the
 * restored entity's names explain: a spelling whose name key is one of the merged entity's and none of the
 * kept entity's (once the names the merge added are gone again). Those were linked to the kept entity either
 * by a linker that knew the merged names as its aliases, or by following the merge record from the merged id.
 * Places in `except` (mentions the kept entity had before the merge) stay where they are.
 */
export async function relinkNamedMentions(
  tx: WriteTx,
  from: { id: string; aliases: readonly string[] },
  to: { id: string; aliases: readonly string[] },
  except: readonly { articleId: string; start: number }[],
): Promise<number> {
  const keptKeys = new Set(from.aliases.map(nameKey));
  const restoredKeys = new Set(to.aliases.map(nameKey).filter((k) => k !== '' && !keptKeys.has(k)));
  if (restoredKeys.size === 0) return 0;
  const rows = await tx.run(mentionSurfacesQ, { id: from.id });
  const surfaces = rows.map((r) => String(r.surface)).filter((s) => restoredKeys.has(nameKey(s)));
  if (surfaces.length === 0) return 0;
  const [row] = await tx.run(relinkMentionsQ, { from: from.id, to: to.id, surfaces, except });
  return Number(row?.relinked ?? 0);
}
