import { z } from 'zod';
import { cypher } from '../../neo4j/catalogue.js';
import type { Db } from '../../neo4j/db.js';
import { offsetPage, type PageArgs } from '../pagination.js';
import { pageParams } from '../params.js';
import {
  articleRow,
  mentionRow,
  parseRows,
  type ArticlePage,
  type ArticleRow,
  type MentionPage,
} from '../rows.js';

const byIdsQuery = cypher('article/by-ids');
const pageQuery = cypher('article/page');
const mentionsQuery = cypher('article/mentions');

/** Articles by id, text included (one statement for any number); unknown ids are absent from the map. */
export async function findArticles(db: Db, ids: readonly string[]): Promise<Map<string, ArticleRow>> {
  const rows = parseRows(z.object({ article: articleRow }), await db.read(byIdsQuery, { ids }));
  return new Map(rows.map((r) => [r.article.id, r.article]));
}

export interface ArticleFilterArgs {
  mentions: string | null;
  outlet: string | null;
  /** ISO days (`YYYY-MM-DD`), inclusive. */
  from: string | null;
  to: string | null;
}

/** A page of articles (without their text), newest first. */
export async function findArticlePage(
  db: Db,
  filter: ArticleFilterArgs,
  page: PageArgs,
): Promise<ArticlePage> {
  const [row] = parseRows(
    z.object({ totalCount: z.number().int(), items: z.array(articleRow) }),
    await db.read(pageQuery, { ...filter, ...pageParams(page) }),
  );
  return offsetPage(row?.items ?? [], page.offset, row?.totalCount ?? 0);
}

/** One page of the mentions in each article, in text order, in one statement. */
export async function findArticleMentionPages(
  db: Db,
  ids: readonly string[],
  page: PageArgs,
): Promise<Map<string, MentionPage>> {
  const rows = parseRows(
    z.object({ id: z.string(), totalCount: z.number().int(), items: z.array(mentionRow) }),
    await db.read(mentionsQuery, { ids, ...pageParams(page) }),
  );
  return new Map(rows.map((r) => [r.id, offsetPage(r.items, page.offset, r.totalCount)]));
}
