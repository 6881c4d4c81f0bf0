import { z } from 'zod';
import { cypher } from '../../neo4j/catalogue.js';
import type { Db } from '../../neo4j/db.js';
import { entityKindValues, type Kind } from '../enums.js';
import type { SearchKind } from '../generated/resolvers.js';
import { int } from '../params.js';
import {
  articleRow,
  entityRow,
  parseRows,
  type ArticleRow,
  type EntityRow,
  type SearchHitRow,
} from '../rows.js';
import { luceneQuery, searchTerms } from './lucene.js';
import { articlePassage, entityPassage, nameCoverage, searchKeys } from './passage.js';

const hitsQuery = cypher('search/hits');

/** A row of search/hits: an entity hit or an article hit, with its own index's score. */
const hitRow = z.object({
  entity: entityRow.nullable(),
  article: articleRow.nullable(),
  score: z.number(),
});

export interface SearchArgs {
  text: string;
  /** Null for everything. */
  kinds: readonly SearchKind[] | null;
  first: number;
  /**
   * Whether the request reads what an article hit's text gives (its passage, what matched, the text itself):
   * otherwise the statement leaves the text out and no passage is cut.
   */
  withText: boolean;
}

/** Scores from two indexes are not on one scale; each is divided by its own best, so both top hits score 1. */
function normalise<T extends { score: number }>(hits: T[]): T[] {
  const best = Math.max(0, ...hits.map((h) => h.score));
  return best > 0 ? hits.map((h) => ({ ...h, score: h.score / best })) : hits;
}

/**
 * Ranked hits over entity names/aliases (entity_names index) and article titles/text (article_text index).
 * The text is reduced to escaped words and their name keys before it reaches Lucene, so no input is parsed as
 * query syntax; text with no words finds nothing without a database call.
 */
export async function search(db: Db, args: SearchArgs): Promise<SearchHitRow[]> {
  const terms = searchTerms(args.text);
  const keys = searchKeys(args.text);
  const entityKinds: Kind[] | null =
    args.kinds === null
      ? null
      : args.kinds
          .filter((k): k is Exclude<SearchKind, 'ARTICLE'> => k !== 'ARTICLE')
          .map((k) => entityKindValues[k]);
  const wantEntities = entityKinds === null || entityKinds.length > 0;
  const wantArticles = args.kinds === null || args.kinds.includes('ARTICLE');

  const entityLucene = wantEntities ? luceneQuery(terms, { fuzzy: true }) : null;
  const articleLucene = wantArticles ? luceneQuery(terms, { fuzzy: false }) : null;
  // Text with no words, or kinds that exclude both indexes, finds nothing without a database call.
  if (entityLucene === null && articleLucene === null) return [];
  const rows = parseRows(
    hitRow,
    await db.read(hitsQuery, {
      entityQuery: entityLucene,
      articleQuery: articleLucene,
      kinds: entityKinds,
      first: int(args.first),
      withText: args.withText,
    }),
  );
  type Ranked = { score: number; entity: EntityRow } | { score: number; article: ArticleRow };
  const entityHits: Ranked[] = normalise(
    rows.flatMap(({ entity, score }) => (entity ? [{ entity, score }] : [])),
  ).map(({ entity, score }) => ({
    // Half index relevance, half how many of the searched words the names contain (see nameCoverage).
    score: (score + nameCoverage(entity, keys)) / 2,
    entity,
  }));
  const articleHits: Ranked[] = normalise(
    rows.flatMap(({ article, score }) => (article ? [{ article, score }] : [])),
  );

  // Entities first on equal scores: a name match is the more specific answer. Passages are cut for the page's
  // hits only: finding an article's passage tokenises its whole text, the bulk of a search's own work.
  return [...entityHits, ...articleHits]
    .map((hit, order) => ({ hit, order }))
    .sort((a, b) => b.hit.score - a.hit.score || a.order - b.order)
    .slice(0, args.first)
    .map(({ hit }): SearchHitRow =>
      'entity' in hit
        ? { ...hit, ...entityPassage(hit.entity, keys) }
        : // Without the text (withText false) this matches the title at most, and nothing reads it.
          { ...hit, ...articlePassage(hit.article, keys) },
    );
}
