import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { AppError, notFound } from '../errors.js';
import { cypher } from '../neo4j/catalogue.js';
import type { WriteTx } from '../neo4j/db.js';
import { ConcurrentChangeError } from '../neo4j/driver-errors.js';

const resolveEntitiesQ = cypher('ingest/resolve-entities');
const lockEntitiesQ = cypher('ingest/lock-entities');

const resolvedRows = z.array(
  z.object({
    asked: z.string(),
    node: z.string().nullable(),
    // No id: the node was deleted by a merge that committed while this statement read it (Neo4j reads
    // committed data, so a node found through the index may have no properties left by the time they are read).
    entity: z.looseObject({ id: z.string().optional() }).nullable(),
  }),
);

/**
 * The resolve statement's rows (with the entities' stored properties, or only their ids), or ConcurrentChangeError
 * when one of its entities vanished mid-read.
 */
async function resolve(tx: WriteTx, asked: string[], properties: boolean) {
  const rows = resolvedRows.parse(await tx.run(resolveEntitiesQ, { ids: asked, properties }));
  return rows.map(({ asked: id, node, entity }) => {
    if (entity && entity.id === undefined) {
      throw new ConcurrentChangeError('An entity was deleted while this write read it');
    }
    return { asked: id, node, entity: entity as StoredProps | null };
  });
}

export type StoredProps = Record<string, unknown> & { id: string };

/**
 * Where the entity ids a write names lead now: each to itself, or (merged away) to the entity it was merged
 * into, or to nothing. The entities found stay write-locked until the transaction ends, so what is written
 * with these ids cannot be merged, moved or deleted before it commits.
 */
export class ResolvedEntities {
  constructor(
    private readonly byAsked: ReadonlyMap<string, StoredProps>,
    /** Asked ids that lead to no entity: deleted without a merge (or more than 16 merges deep). */
    readonly missing: readonly string[],
  ) {}

  /** The id to write instead of `asked` (itself unless it was merged away). */
  id(asked: string): string {
    return this.entity(asked).id;
  }

  /** The entity `asked` leads to, as stored now. */
  entity(asked: string): StoredProps {
    const entity = this.byAsked.get(asked);
    if (!entity) throw new Error(`${asked} was not resolved (check "missing" before writing)`);
    return entity;
  }

  /** NOT_FOUND naming the ids that lead nowhere, for writes whose ids the caller gave. */
  requireAll(): this {
    if (this.missing.length > 0) throw notFound('Entity', this.missing.join(', '));
    return this;
  }
}

/**
 * Resolves the entity ids a write names and write-locks what they lead to, inside its transaction, before it
 * writes anything. Three statements, so that no statement holds an index-entry lock while it waits for a node
 * lock (which is how a merge deleting an entity and a write naming it would deadlock):
 *
 * 1. resolve the ids (read-only: merged-away ids follow their merge records);
 * 2. lock those entities by element id, sorted by entity id, the one order every writer takes locks in, so a
 *    merge and the ingests naming its entities run one after the other instead of interleaving;
 * 3. resolve again: if a merge, undo or delete committed while a lock was awaited the answer differs, and the
 *    transaction runs again (ConcurrentChangeError, retried by db.writeTransaction) and resolves afresh.
 *
 * Statements 2 and 3 go in one round trip (pipelined), so the three cost two; an ingest whose entities' nodes are
 * known from earlier writes (EntityNodeHints) skips statement 1, and they cost one.
 * Until the transaction ends, a merge, undo or delete of a locked entity waits, so the ids written with are
 * still right when the write commits.
 */
export async function resolveEntities(tx: WriteTx, ids: Iterable<string>): Promise<ResolvedEntities> {
  const { entities } = await resolveEntitiesThen(tx, ids, () => Promise.resolve(undefined));
  return entities;
}

/**
 * Where the entity ids earlier writes of this process asked for were found: entity id → element id, kept only for
 * ids that led to themselves, so sorting by id is still the one lock order. A write whose every id is here skips
 * the first resolve, a round trip: it locks these nodes at once, and the resolve after
 * the locks checks each id still leads to its node. A stale hint (the entity merged away, restored, deleted, its
 * element id reused; element ids also name their database) fails that check: the hints are forgotten and the
 * transaction runs again the full way.
 */
export class EntityNodeHints {
  private readonly nodes: LRUCache<string, string>;

  constructor(max = 50_000) {
    this.nodes = new LRUCache({ max });
  }

  /** Every asked id's node, or undefined when one is not known. */
  lookup(asked: readonly string[]): Map<string, string> | undefined {
    const found = new Map<string, string>();
    for (const id of asked) {
      const node = this.nodes.get(id);
      if (node === undefined) return undefined;
      found.set(id, node);
    }
    return found;
  }

  learn(rows: readonly ResolvedRow[]): void {
    for (const { asked, node, entity } of rows) {
      if (node !== null && entity?.id === asked) this.nodes.set(asked, node);
    }
  }

  forget(ids: readonly string[]): void {
    for (const id of ids) this.nodes.delete(id);
  }
}

type ResolvedRow = Awaited<ReturnType<typeof resolve>>[number];

/**
 * resolveEntities, then `next`: its statements are sent in the same round trip as the lock and the second
 * resolve, and Neo4j runs them after those, so they run with the entities locked (and a ConcurrentChangeError
 * from the second resolve rolls them back with the rest of the transaction). `next` is given the entity ids the
 * asked ids led to before the locks; the second resolve fails the transaction unless they still do, so `next`
 * may write with them. With `hints` (ingestion), known nodes are locked without the first resolve (see
 * EntityNodeHints).
 */
export async function resolveEntitiesThen<T>(
  tx: WriteTx,
  ids: Iterable<string>,
  next: (before: ReadonlyMap<string, string>) => Promise<T>,
  hints?: EntityNodeHints,
): Promise<{ entities: ResolvedEntities; next: T }> {
  const asked = [...new Set(ids)].sort();
  if (asked.length === 0)
    return { entities: new ResolvedEntities(new Map(), []), next: await next(new Map()) };
  const hinted = hints?.lookup(asked);
  // The node each asked id leads to, keyed by the entity's id: each node once, locked in entity id order.
  const nodes = new Map<string, string>();
  const nodeBefore = new Map<string, string | null>();
  // Each asked id → the entity id it led to before the locks (the ids `next` may write with).
  const idBefore = new Map<string, string>();
  if (hinted) {
    // A hinted id leads to itself (EntityNodeHints.learn), so it is its entity's id.
    for (const [id, node] of hinted) {
      nodes.set(id, node);
      nodeBefore.set(id, node);
      idBefore.set(id, id);
    }
  } else {
    for (const row of await resolve(tx, asked, false)) {
      if (row.node && row.entity) {
        nodes.set(row.entity.id, row.node);
        idBefore.set(row.asked, row.entity.id);
      }
      nodeBefore.set(row.asked, row.node);
    }
  }
  const order = [...nodes.keys()].sort();
  // Pipelined: one round trip. Neo4j runs a transaction's statements in the order they were sent.
  const [, after, result] = await Promise.all([
    tx.run(lockEntitiesQ, { nodes: order.map((id) => nodes.get(id)) }),
    resolve(tx, asked, true),
    next(idBefore),
  ]).catch((error: unknown) => {
    // Whatever went wrong (a lock taken out of order on a reused element id deadlocks, say), the run after
    // this one takes the full way.
    if (hinted) hints?.forget(asked);
    throw error;
  });
  // Same node, and (so that what `next` wrote with still holds) the same entity id as before the locks.
  const changed = (r: ResolvedRow): boolean =>
    r.node !== nodeBefore.get(r.asked) || (r.entity !== null && r.entity.id !== idBefore.get(r.asked));
  if (after.some(changed)) {
    hints?.forget(asked);
    throw new ConcurrentChangeError(
      'Entities were merged, restored or deleted while this write waited for them',
    );
  }
  hints?.learn(after);
  const byAsked = new Map<string, StoredProps>();
  for (const row of after) if (row.entity) byAsked.set(row.asked, row.entity);
  return {
    entities: new ResolvedEntities(
      byAsked,
      asked.filter((id) => !byAsked.has(id)),
    ),
    next: result,
  };
}

/**
 * An article was linked to entities that no longer exist (deleted, not merged) by a linker built before they
 * went. Nothing was written; linking again with a fresh linker is the remedy.
 */
export class UnlinkedEntitiesError extends AppError {
  constructor(readonly ids: readonly string[]) {
    super(
      'CONFLICT',
      `The article names entities that no longer exist (${ids.join(', ')}); nothing was written, try again`,
      { ids },
    );
  }
}
