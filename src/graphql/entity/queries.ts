import { z } from 'zod';
import type { RelationType } from '../../graph/relation-types.js';
import { cypher } from '../../neo4j/catalogue.js';
import type { Db } from '../../neo4j/db.js';
import type { PageArgs } from '../pagination.js';
import { int, pageParams } from '../params.js';
import {
  entityRow,
  factRow,
  listedRelationRow,
  mentionRow,
  parseRows,
  type CoMentionRow,
  type EntityRow,
  type FactRow,
  type ListedRelationPage,
  type MentionPage,
} from '../rows.js';

const byIdsQuery = cypher('entity/by-ids');
const mentionsQuery = cypher('entity/mentions');
const relationsQuery = cypher('entity/relations');
const factsQuery = cypher('entity/facts');
const coMentionsQuery = cypher('entity/co-mentions');

/** Entities by id (one statement for any number); ids not in the graph are absent from the map. */
export async function findEntities(db: Db, ids: readonly string[]): Promise<Map<string, EntityRow>> {
  const rows = await db.read(byIdsQuery, { ids });
  const entities = parseRows(z.object({ entity: entityRow }), rows).map((r) => r.entity);
  return new Map(entities.map((e) => [e.id, e]));
}

const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ id: z.string(), totalCount: z.number().int(), items: z.array(item) });

/** One page of mentions for each entity, in one statement. */
export async function findMentionPages(
  db: Db,
  ids: readonly string[],
  page: PageArgs,
): Promise<Map<string, MentionPage>> {
  const rows = parseRows(pageOf(mentionRow), await db.read(mentionsQuery, { ids, ...pageParams(page) }));
  return new Map(rows.map((r) => [r.id, { items: r.items, offset: page.offset, totalCount: r.totalCount }]));
}

export interface RelationFilter {
  direction: 'OUTGOING' | 'INCOMING' | 'BOTH';
  /** Already checked against the allow-list (they come from the GraphQL enum or the constants). */
  types: readonly RelationType[];
}

/** One page of relationships for each entity, in one statement. */
export async function findRelationPages(
  db: Db,
  ids: readonly string[],
  filter: RelationFilter & PageArgs,
): Promise<Map<string, ListedRelationPage>> {
  const rows = parseRows(
    pageOf(listedRelationRow),
    await db.read(relationsQuery, {
      ids,
      direction: filter.direction,
      types: filter.types,
      ...pageParams(filter),
    }),
  );
  return new Map(
    rows.map((r) => [r.id, { items: r.items, offset: filter.offset, totalCount: r.totalCount }]),
  );
}

/** Fact claims about each entity, in one statement. */
export async function findFacts(db: Db, ids: readonly string[]): Promise<Map<string, FactRow[]>> {
  const facts = parseRows(factRow, await db.read(factsQuery, { ids }));
  const bySubject = new Map<string, FactRow[]>();
  for (const f of facts) bySubject.set(f.subjectId, [...(bySubject.get(f.subjectId) ?? []), f]);
  return bySubject;
}

const coMentionRow = z.object({
  entity: entityRow,
  count: z.number().int(),
  articleIds: z.array(z.string()),
});

/** Entities sharing articles with `id`, most shared first. */
export async function findCoMentions(db: Db, id: string, first: number): Promise<CoMentionRow[]> {
  return parseRows(coMentionRow, await db.read(coMentionsQuery, { id, first: int(first) }));
}
