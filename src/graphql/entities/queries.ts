import { z } from 'zod';
import { nameKey } from '../../ingest/names.js';
import { cypher } from '../../neo4j/catalogue.js';
import type { Db } from '../../neo4j/db.js';
import type { Kind } from '../enums.js';
import type { PageArgs } from '../pagination.js';
import { pageParams } from '../params.js';
import {
  candidateRow,
  entityRow,
  parseRows,
  type CandidatePage,
  type CandidateRow,
  type EntityPage,
} from '../rows.js';

const pageQuery = cypher('entities/page');
const candidatesQuery = cypher('entities/candidates');
const candidatesByIdsQuery = cypher('curation/candidates-by-ids');

export interface EntityListArgs {
  kind: Kind | null;
  name: string | null;
  sort: 'NAME_ASC' | 'NAME_DESC' | 'MENTIONS_DESC';
}

/**
 * A page of entities. The name filter is matched twice: as typed (lower-cased, inside names and aliases) and
 * as its nameKey inside the stored alias keys, so `Sergey` finds `Sergei` and `Kim Jong Un` finds `Kim Jong-un`.
 */
export async function findEntityPage(db: Db, args: EntityListArgs, page: PageArgs): Promise<EntityPage> {
  const name = args.name?.trim().toLowerCase() ?? null;
  const [row] = parseRows(
    z.object({ totalCount: z.number().int(), items: z.array(entityRow) }),
    await db.read(pageQuery, {
      kind: args.kind,
      name,
      key: name === null ? '' : nameKey(name),
      sort: args.sort,
      ...pageParams(page),
    }),
  );
  return { items: row?.items ?? [], offset: page.offset, totalCount: row?.totalCount ?? 0 };
}

/** A page of candidate names with a given stored status, oldest first. */
export async function findCandidatePage(db: Db, status: string, page: PageArgs): Promise<CandidatePage> {
  const [row] = parseRows(
    z.object({ totalCount: z.number().int(), items: z.array(candidateRow) }),
    await db.read(candidatesQuery, { status, ...pageParams(page) }),
  );
  return { items: row?.items ?? [], offset: page.offset, totalCount: row?.totalCount ?? 0 };
}

/** Candidates by id (review rows), for fields that point at one. */
export async function findCandidates(db: Db, ids: readonly string[]): Promise<Map<string, CandidateRow>> {
  const rows = parseRows(
    candidateRow,
    (await db.read(candidatesByIdsQuery, { ids })).map((r) => r.candidate),
  );
  return new Map(rows.map((c) => [c.id, c]));
}
