import DataLoader from 'dataloader';
import type { Db } from '../neo4j/db.js';
import { findArticleMentionPages, findArticles } from './article/queries.js';
import {
  findEntities,
  findEntityPages,
  findFacts,
  type EntityPageRequest,
  type EntityPageResult,
  type RelationFilter,
} from './entity/queries.js';
import { findEvidence, findFactValueEvidence } from './graph/evidence.js';
import type { KeysetArgs, PageArgs } from './pagination.js';
import { findCandidates } from './entities/queries.js';
import type {
  ArticleRow,
  CandidateRow,
  EntityRow,
  EvidenceRow,
  FactRow,
  ListedRelationPage,
  MentionPage,
  Page,
  StatementRow,
} from './rows.js';
import {
  findStatementsByArticles,
  findStatementsByEntities,
  type StatementRoleFilter,
} from './statement/queries.js';

/**
 * Every list a field can hang off a parent (an entity's mentions, a relation's evidence...) goes through one of
 * these, so a page of 20 entities with their relations costs one statement per field, not one per entity.
 * Each batch function is one `UNWIND $ids` statement. Created per request: no cache outlives a request.
 */
export interface Loaders {
  entities: DataLoader<string, EntityRow | null>;
  articles: DataLoader<string, ArticleRow | null>;
  /** Evidence by claim id: relationships and fact claims share their id with their Claim node. */
  evidence: DataLoader<string, EvidenceRow[]>;
  /** By fact claim id: the evidence of every claim stating the same value about the same subject. */
  factValueEvidence: DataLoader<string, EvidenceRow[]>;
  entityMentions: DataLoader<{ id: string } & KeysetArgs, MentionPage, string>;
  entityRelations: DataLoader<{ id: string } & RelationFilter & KeysetArgs, ListedRelationPage, string>;
  entityFacts: DataLoader<string, FactRow[]>;
  entityStatements: DataLoader<
    { id: string; role: StatementRoleFilter; first: number },
    StatementRow[],
    string
  >;
  articleMentions: DataLoader<{ id: string } & PageArgs, MentionPage, string>;
  articleStatements: DataLoader<string, StatementRow[]>;
  /** Candidate names by id (proposal ends that are not entities yet). */
  candidates: DataLoader<string, CandidateRow | null>;
}

/** A loader keyed by id alone: one statement for the batch, missing ids get `missing`. */
function byId<V>(
  fetch: (ids: readonly string[]) => Promise<Map<string, V>>,
  missing: () => V,
): DataLoader<string, V> {
  return new DataLoader<string, V>(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? missing());
  });
}

/** Key order must not matter for caching, so keys are serialised with sorted properties. */
function stableKey(value: object): string {
  return JSON.stringify(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * A loader keyed by id plus arguments (page size, filters). Keys with the same arguments share a statement,
 * so the cost is one statement per distinct argument set in the request (usually one).
 */
function byIdWithArgs<A extends object, V>(
  fetch: (ids: readonly string[], args: A) => Promise<Map<string, V>>,
  missing: () => V,
): DataLoader<{ id: string } & A, V, string> {
  return new DataLoader<{ id: string } & A, V, string>(
    async (keys) => {
      const groups = new Map<string, { args: A; ids: string[] }>();
      for (const key of keys) {
        const { id, ...rest } = key;
        const args = rest as unknown as A;
        const signature = stableKey(args);
        const group = groups.get(signature) ?? { args, ids: [] };
        group.ids.push(id);
        groups.set(signature, group);
      }
      const results = new Map<string, Map<string, V>>();
      await Promise.all(
        [...groups].map(async ([signature, group]) => {
          results.set(signature, await fetch([...new Set(group.ids)], group.args));
        }),
      );
      return keys.map(({ id, ...rest }) => results.get(stableKey(rest))?.get(id) ?? missing());
    },
    { cacheKeyFn: (key) => stableKey(key) },
  );
}

const emptyPage = <T>(): Page<T> => ({
  items: [],
  cursors: [],
  totalCount: 0,
  hasNextPage: false,
  hasPreviousPage: false,
});

export function createLoaders(db: Db): Loaders {
  return {
    entities: byId(
      (ids) => findEntities(db, ids),
      () => null,
    ),
    articles: byId(
      (ids) => findArticles(db, ids),
      () => null,
    ),
    evidence: byId(
      (ids) => findEvidence(db, ids),
      () => [],
    ),
    factValueEvidence: byId(
      (ids) => findFactValueEvidence(db, ids),
      () => [],
    ),
    entityMentions: byIdWithArgs<KeysetArgs, MentionPage>(
      async (ids, args) =>
        pagesOf(await findEntityPages(db, ids, { mentions: args, relations: null }), 'mentions'),
      emptyPage,
    ),
    entityRelations: byIdWithArgs<RelationFilter & KeysetArgs, ListedRelationPage>(
      async (ids, args) =>
        pagesOf(
          await findEntityPages(db, ids, { mentions: null, relations: { ...args, evidence: false } }),
          'relations',
        ),
      emptyPage,
    ),
    entityFacts: byId(
      (ids) => findFacts(db, ids),
      () => [],
    ),
    entityStatements: byIdWithArgs<{ role: StatementRoleFilter; first: number }, StatementRow[]>(
      (ids, args) => findStatementsByEntities(db, ids, args),
      () => [],
    ),
    articleMentions: byIdWithArgs<PageArgs, MentionPage>(
      (ids, args) => findArticleMentionPages(db, ids, args),
      emptyPage,
    ),
    articleStatements: byId(
      (ids) => findStatementsByArticles(db, ids),
      () => [],
    ),
    candidates: byId(
      (ids) => findCandidates(db, ids),
      () => null,
    ),
  };
}

function pagesOf<K extends 'mentions' | 'relations'>(
  results: Map<string, EntityPageResult>,
  part: K,
): Map<string, NonNullable<EntityPageResult[K]>> {
  const pages = new Map<string, NonNullable<EntityPageResult[K]>>();
  for (const [id, result] of results) {
    const page = result[part];
    if (page) pages.set(id, page);
  }
  return pages;
}

/**
 * Puts what one entity/page statement returned where the field resolvers will ask for it: the entity, its
 * pages under the same keys their loaders use, and the evidence of each relationship on the page. An id the
 * statement did not find is primed as missing, so the entity resolves to NOT_FOUND without another statement.
 */
export function primeEntityPage(
  loaders: Loaders,
  id: string,
  request: EntityPageRequest,
  result: EntityPageResult | undefined,
): void {
  loaders.entities.prime(id, result?.entity ?? null);
  if (!result) return;
  if (request.mentions && result.mentions) {
    loaders.entityMentions.prime({ id, ...request.mentions }, result.mentions);
  }
  if (request.relations && result.relations) {
    const { direction, types, after, first } = request.relations;
    loaders.entityRelations.prime({ id, direction, types, after, first }, result.relations);
  }
  for (const [claimId, rows] of result.evidence ?? []) loaders.evidence.prime(claimId, rows);
}
