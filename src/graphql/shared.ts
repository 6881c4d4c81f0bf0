import { notFound } from '../errors.js';
import type { Loaders } from './loaders.js';
import { precisionOf, type ArticleRow, type EntityRow, type TimePointRow, type TimeSpanRow } from './rows.js';

/** An entity that must exist because the caller named it: unknown ids are NOT_FOUND, with the id. */
export async function requireEntity(loaders: Loaders, id: string): Promise<EntityRow> {
  const entity = await loaders.entities.load(id);
  if (!entity) throw notFound('Entity', id);
  return entity;
}

/** An article that must exist because the caller named it: unknown ids are NOT_FOUND, with the id. */
export async function requireArticle(loaders: Loaders, id: string): Promise<ArticleRow> {
  const article = await loaders.articles.load(id);
  if (!article) throw notFound('Article', id);
  return article;
}

/**
 * An entity referenced by the graph itself (a relation's end, a statement's speaker). It exists unless the
 * graph changed between two statements of this request; that is a server-side inconsistency, not a user error.
 */
export async function referencedEntity(loaders: Loaders, id: string): Promise<EntityRow> {
  const entity = await loaders.entities.load(id);
  if (!entity) throw new Error(`Entity ${id} is referenced by the graph but could not be read`);
  return entity;
}

export async function referencedArticle(loaders: Loaders, id: string): Promise<ArticleRow> {
  const article = await loaders.articles.load(id);
  if (!article) throw new Error(`Article ${id} is referenced by the graph but could not be read`);
  return article;
}

/** The `TimeSpan` of a relation or edge row, or null when the sources give no time at all. */
export function timeSpan(row: TimeSpanRow): TimeSpanRow | null {
  const first = row.at ?? row.start ?? row.end;
  if (first === null) return null;
  return { at: row.at, start: row.start, end: row.end, precision: row.precision ?? precisionOf(first) };
}

/** A `TimePoint` from a stored date and (optional) precision; the precision defaults to what is written. */
export function timePoint(
  date: string | null,
  precision: TimePointRow['precision'] | null,
): TimePointRow | null {
  return date === null ? null : { date, precision: precision ?? precisionOf(date) };
}
