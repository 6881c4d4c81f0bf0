import { z } from 'zod';
import { nameKey } from '../../ingest/names.js';
import { cypher } from '../../neo4j/catalogue.js';
import type { Db } from '../../neo4j/db.js';
import type { Kind } from '../enums.js';
import { badInput } from '../../errors.js';
import { keysetPage, offsetPage, type KeysetArgs, type PageArgs } from '../pagination.js';
import { int, pageParams } from '../params.js';
import {
  candidateRow,
  entityRow,
  parseRows,
  type CandidatePage,
  type CandidateRow,
  type EntityPage,
} from '../rows.js';

const pageQuery = cypher('entities/page');
const filteredPageQuery = cypher('entities/filtered-page');
const candidatesQuery = cypher('entities/candidates');
const candidatesByIdsQuery = cypher('curation/candidates-by-ids');

export interface EntityListArgs {
  kind: Kind | null;
  name: string | null;
  sort: 'NAME_ASC' | 'NAME_DESC' | 'MENTIONS_DESC';
  /** Whether the entities' other fields are read; when not, rows carry id, kind and name (others parse as null). */
  detail?: boolean;
}

/** Above every name: where a Z-to-A listing starts. */
const TOP = String.fromCodePoint(0x10ffff);

const listRow = z.object({
  totalCount: z.number().int(),
  items: z.array(z.object({ entity: entityRow, key: z.array(z.union([z.string(), z.number()])) })),
});

/** A cursor's key is the JSON of the last item's sort key; anything else did not come from this list. */
function parseKey(after: string): unknown[] {
  try {
    const key: unknown = JSON.parse(after);
    if (Array.isArray(key)) return key;
  } catch {
    // reported below
  }
  throw badInput('"after" is not a cursor of this list', { argument: 'after' });
}

const text = (v: unknown): string => {
  if (typeof v !== 'string') throw badInput('"after" is not a cursor of this list', { argument: 'after' });
  return v;
};

/**
 * A page of entities. Listing by name is an index seek past the cursor (entities/page); a name filter or the
 * mentions order needs every entity looked at (entities/filtered-page). The name filter is matched twice: as
 * typed (lower-cased, inside names and aliases) and as its nameKey inside the stored alias keys, so `Sergey`
 * finds `Sergei` and `Kim Jong Un` finds `Kim Jong-un`.
 */
export async function findEntityPage(db: Db, args: EntityListArgs, page: KeysetArgs): Promise<EntityPage> {
  const name = args.name?.trim().toLowerCase() ?? null;
  const after = page.after === null ? null : parseKey(page.after);
  const limit = int(page.first + 1);
  const detail = args.detail ?? true;
  let rows: unknown[];
  if (name === null && args.sort !== 'MENTIONS_DESC') {
    const descending = args.sort === 'NAME_DESC';
    rows = await db.read(pageQuery, {
      kind: args.kind,
      descending,
      afterName: after ? text(after[0]) : descending ? TOP : '',
      afterId: after ? text(after[1]) : descending ? TOP : '',
      limit,
      detail,
    });
  } else {
    const [mentions, lastName, id] = after ?? [];
    rows = await db.read(filteredPageQuery, {
      kind: args.kind,
      name,
      key: name === null ? '' : nameKey(name),
      sort: args.sort,
      after: after && { mentions: Number(mentions), name: text(lastName), id: text(id) },
      limit,
      detail,
    });
  }
  const [row] = parseRows(listRow, rows);
  return keysetPage(
    (row?.items ?? []).map((item) => ({ ...item.entity, key: JSON.stringify(item.key) })),
    (e) => e.key,
    page,
    row?.totalCount ?? 0,
  );
}

/** A page of candidate names with a given stored status, oldest first. */
export async function findCandidatePage(db: Db, status: string, page: PageArgs): Promise<CandidatePage> {
  const [row] = parseRows(
    z.object({ totalCount: z.number().int(), items: z.array(candidateRow) }),
    await db.read(candidatesQuery, { status, ...pageParams(page) }),
  );
  return offsetPage(row?.items ?? [], page.offset, row?.totalCount ?? 0);
}

/** Candidates by id (review rows), for fields that point at one. */
export async function findCandidates(db: Db, ids: readonly string[]): Promise<Map<string, CandidateRow>> {
  const rows = parseRows(
    candidateRow,
    (await db.read(candidatesByIdsQuery, { ids })).map((r) => r.candidate),
  );
  return new Map(rows.map((c) => [c.id, c]));
}
