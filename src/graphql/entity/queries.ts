import { z } from 'zod';
import { RELATION_TYPES, type RelationType } from '../../graph/relation-types.js';
import { cypher } from '../../neo4j/catalogue.js';
import type { Db } from '../../neo4j/db.js';
import { keysetPage, type KeysetArgs } from '../pagination.js';
import { int } from '../params.js';
import {
  entityRow,
  evidenceRow,
  factRow,
  listedRelationRow,
  mentionRow,
  parseRows,
  type CoMentionRow,
  type EntityRow,
  type EvidenceRow,
  type FactRow,
  type ListedRelationPage,
  type MentionPage,
} from '../rows.js';

const byIdsQuery = cypher('entity/by-ids');
const pageQuery = cypher('entity/page');
const factsQuery = cypher('entity/facts');
const coMentionsQuery = cypher('entity/co-mentions');

/** Entities by id (one statement for any number); ids not in the graph are absent from the map. */
export async function findEntities(db: Db, ids: readonly string[]): Promise<Map<string, EntityRow>> {
  const rows = await db.read(byIdsQuery, { ids });
  const entities = parseRows(z.object({ entity: entityRow }), rows).map((r) => r.entity);
  return new Map(entities.map((e) => [e.id, e]));
}

export interface RelationFilter {
  direction: 'OUTGOING' | 'INCOMING' | 'BOTH';
  /** Already checked against the allow-list (they come from the GraphQL enum or the constants). */
  types: readonly RelationType[];
}

/** What an entity page holds besides the entity: each part only when asked for. */
export interface EntityPageRequest {
  mentions: KeysetArgs | null;
  relations: (RelationFilter & KeysetArgs & { evidence: boolean }) | null;
}

export interface EntityPageResult {
  entity: EntityRow;
  mentions: MentionPage | null;
  relations: ListedRelationPage | null;
  /** Evidence of each relationship on the page, by its id, when asked for. */
  evidence: Map<string, EvidenceRow[]> | null;
}

const keyed = { key: z.string() };
const pageRow = z.object({
  entity: entityRow,
  mentions: z.array(mentionRow.extend(keyed)),
  relations: z.array(listedRelationRow.extend({ ...keyed, evidence: z.array(evidenceRow) })),
  mentionCount: z.number().int().nullable(),
  relationCount: z.number().int().nullable(),
});

/**
 * The key range of a relationship page: claim page keys start with the type, so the seek starts at the first
 * requested type (or after the cursor) and stops after the last one; types in between are filtered.
 */
function relationRange(types: readonly RelationType[], after: string | null): { from: string; to: string } {
  const sorted = [...types].sort();
  const first = sorted[0] ?? '';
  return { from: after !== null && after > first ? after : first, to: `${sorted[sorted.length - 1] ?? ''}!` };
}

/** The parameters of entity/page for a request (exported for the statement's PROFILE test). */
export function entityPageParams(request: EntityPageRequest): Record<string, unknown> {
  const { mentions, relations } = request;
  return {
    mentions: mentions && { after: mentions.after ?? '', limit: int(mentions.first + 1) },
    relations: relations && {
      ...relationRange(relations.types, relations.after),
      limit: int(relations.first + 1),
      direction: relations.direction,
      types: relations.types,
      allTypes: RELATION_TYPES.every((t) => relations.types.includes(t)),
      evidence: relations.evidence,
    },
  };
}

/**
 * Entities with one page of their mentions and/or relationships each, in one statement (entity/page): the
 * entity page of Query.entity, and the batch behind the Entity.mentions and Entity.relations loaders.
 */
export async function findEntityPages(
  db: Db,
  ids: readonly string[],
  request: EntityPageRequest,
): Promise<Map<string, EntityPageResult>> {
  const rows = parseRows(pageRow, await db.read(pageQuery, { ids, ...entityPageParams(request) }));
  const byId = new Map<string, EntityPageResult>();
  for (const row of rows) {
    const { mentions, relations } = request;
    byId.set(row.entity.id, {
      entity: row.entity,
      mentions: mentions && keysetPage(row.mentions, (m) => m.key, mentions, row.mentionCount ?? 0),
      relations: relations && keysetPage(row.relations, (r) => r.key, relations, row.relationCount ?? 0),
      evidence:
        relations?.evidence === true ? new Map(row.relations.map((r) => [r.relation.id, r.evidence])) : null,
    });
  }
  return byId;
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
