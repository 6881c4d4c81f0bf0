import { z } from 'zod';
import { ENTITY_KINDS } from '../../graph/relation-types.js';
import { resolveEntities } from '../../ingest/resolve-entities.js';
import { entityParams } from '../../ingest/write.js';
import type { LinkerCache } from '../../ingest/linker-cache.js';
import type { IngestWriter } from '../../ingest/pipeline.js';
import { cypher } from '../../neo4j/catalogue.js';
import type { Db, WriteTx } from '../../neo4j/db.js';
import type { Row } from '../../neo4j/values.js';
import type { Loaders } from '../loaders.js';
import { entityRow, type EntityRow } from '../rows.js';

const entityQ = cypher('curation/entity');
const setAliasesQ = cypher('curation/set-aliases');

/** What every curation function needs; the resolvers build it from the request context. */
export interface CurationDeps {
  db: Db;
  /** The request's loaders: read-after-write answers are primed into them. */
  loaders: Loaders;
  /** Invalidated after entity writes, so the next ingest links against the new names. */
  linkerCache: LinkerCache | undefined;
  /** Writes an ingested article; absent, each is written in a transaction of its own. */
  ingestWriter?: IngestWriter | undefined;
  /** Who is writing (the API key's role), recorded on audit records. */
  actor: string;
}

const stringList = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);

/** An entity as stored, with the fields curation rewrites; kind facts and timestamps pass through. */
export const storedEntity = z.looseObject({
  id: z.string(),
  kind: z.enum(ENTITY_KINDS),
  name: z.string(),
  aliases: stringList,
  standaloneAliases: stringList,
  description: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
});
export type StoredEntity = z.infer<typeof storedEntity>;

/** Reads one entity inside a write transaction (so it sees the transaction's own writes); null if unknown. */
export async function readEntity(tx: WriteTx, id: string): Promise<StoredEntity | null> {
  const [row] = await tx.run(entityQ, { id });
  return row ? storedEntity.parse(row.entity) : null;
}

/**
 * Write-locks entities for the rest of the transaction, the way every writer does (resolve-entities.ts): in one
 * global order, so two writers cannot deadlock, and retried if one was merged or deleted while this waited.
 * An id merged away locks the entity it went into; the caller reads the state it needs after this.
 */
export async function lockEntities(tx: WriteTx, ids: readonly string[]): Promise<void> {
  await resolveEntities(tx, ids);
}

/**
 * Rewrites an entity's names exactly as ingestion stores them (src/ingest/write.ts entityParams): the name
 * first, each spelling once, their normal forms for matching and the fulltext search text.
 */
export async function writeNames(
  tx: WriteTx,
  entity: StoredEntity,
  aliases: readonly string[],
  standaloneAliases: readonly string[],
): Promise<StoredEntity> {
  const params = entityParams({
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: [...aliases],
    standaloneAliases: [...standaloneAliases],
  });
  const [row] = await tx.run(setAliasesQ, {
    id: entity.id,
    aliases: params.aliases,
    aliasKeys: params.aliasKeys,
    searchText: params.searchText,
    standaloneAliases: params.standaloneAliases,
  });
  if (!row) throw new Error(`Entity ${entity.id} disappeared while its names were written`);
  return storedEntity.parse(row.entity);
}

/** The API row of a stored entity, also primed into the request's loader so later fields see the write. */
export function entityRowOf(deps: Pick<CurationDeps, 'loaders'>, props: unknown): EntityRow {
  const row = entityRow.parse(props);
  deps.loaders.entities.clear(row.id).prime(row.id, row);
  return row;
}

/** The first value of a column, or throws: for statements that always return a row. */
export function single(rows: readonly Row[], what: string): Row {
  const [row] = rows;
  if (!row) throw new Error(`${what} returned no row`);
  return row;
}
