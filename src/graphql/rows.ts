import { z } from 'zod';
import { datePrecisionValues, kinds, type DatePrecision, type Kind } from './enums.js';

/**
 * Row types: what the Cypher statements return once the driver values are plain (src/neo4j/values.ts), and
 * what codegen maps the GraphQL object types to (see codegen.ts `mappers`). Rows are parsed with zod at this
 * boundary, so a resolver never guesses at a property's shape; optional properties are normalised to `null`.
 */

const text = z.string();
export const optText = z
  .string()
  .nullish()
  .transform((v) => v ?? null);
export const optInt = z
  .number()
  .int()
  .nullish()
  .transform((v) => v ?? null);
const int = z.number().int();
const stringList = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?/;

/**
 * Dates are stored as ISO text at the precision the source gives. A year may arrive as a number and a full
 * date-time as a longer string; both are cut back to the `YYYY[-MM[-DD]]` prefix the API speaks.
 */
export function toPartialDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value).padStart(4, '0');
  if (typeof value !== 'string') return null;
  return PARTIAL_DATE.exec(value)?.[0] ?? null;
}

/** The precision implied by how much of a date is written. */
export function precisionOf(date: string): DatePrecision {
  return date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year';
}

const partialDate = z.unknown().optional().transform(toPartialDate);
const precision = z
  .unknown()
  .optional()
  .transform((v): DatePrecision | null => {
    const values: readonly string[] = Object.values(datePrecisionValues);
    return typeof v === 'string' && values.includes(v) ? (v as DatePrecision) : null;
  });

// ----- entities -----------------------------------------------------------------------------------------

export const entityRow = z.object({
  id: text,
  kind: z.enum(kinds as [Kind, ...Kind[]]),
  name: text,
  aliases: stringList,
  description: optText,
  // Kind facts; each kind reads its own and ignores the rest.
  nationality: optText,
  orgType: optText,
  placeType: optText,
  mode: optText,
  status: optText,
  frequency: optText,
  firstServiceDate: partialDate,
  agreementKind: optText,
  eventType: optText,
  date: partialDate,
  datePrecision: precision,
});
export type EntityRow = z.infer<typeof entityRow>;

// ----- articles -----------------------------------------------------------------------------------------

export const articleRow = z.object({
  id: text,
  title: optText,
  outlet: optText,
  author: optText,
  // Publication is a day; stored as ISO text (a date-time is cut back to its day).
  publishedAt: z
    .unknown()
    .optional()
    .transform((v) => {
      const d = toPartialDate(v);
      return d !== null && d.length === 10 ? d : null;
    }),
  source: optText,
  url: optText,
  contentHash: text,
  ingestedAt: optText,
  /** Listing queries leave the text out; `Article.text` then loads it by id. */
  text: optText,
});
export type ArticleRow = z.infer<typeof articleRow>;

// ----- mentions, evidence, statements, facts --------------------------------------------------------------

export const mentionRow = z.object({
  entityId: text,
  /** The article without its text, returned with the mention so a page of mentions needs no article lookups. */
  article: articleRow,
  surface: text,
  sentence: optText.transform((v) => v ?? ''),
  sentenceIndex: optInt,
  sentenceStart: optInt,
  start: int,
  end: int,
  /** How the linker learnt the spelling (MatchMethod), null for a known name. */
  learnt: optText,
});
export type MentionRow = z.infer<typeof mentionRow>;

export const evidenceRow = z.object({
  claimId: text,
  /** The article without its text: evidence and corroboration need no article lookups. */
  article: articleRow,
  sentence: optText.transform((v) => v ?? ''),
  sentenceIndex: optInt,
  sentenceStart: optInt,
  quote: optText.transform((v) => v ?? ''),
  start: int,
  end: int,
});
export type EvidenceRow = z.infer<typeof evidenceRow>;

export const statementRow = z.object({
  id: text,
  quote: text,
  sentence: optText.transform((v) => v ?? ''),
  start: int,
  end: int,
  date: partialDate,
  precision,
  speakerId: optText,
  aboutIds: stringList,
  articleId: text,
});
export type StatementRow = z.infer<typeof statementRow>;

export const factRow = z.object({
  id: text,
  subjectId: text,
  property: text,
  // Values are stored as text; a number or boolean written by another tool still reads as its text.
  value: z.union([z.string(), z.number(), z.boolean()]).transform(String),
  valueText: optText,
  precision,
});
export type FactRow = z.infer<typeof factRow>;

// ----- relations ----------------------------------------------------------------------------------------

const timeFields = {
  at: partialDate,
  start: partialDate,
  end: partialDate,
  precision,
};

/**
 * A relationship, the same whichever end it was reached from (normalising client caches merge every copy of
 * one id). Both ends are entity rows, so resolving them costs no lookups.
 */
export const relationRow = z.object({
  id: text,
  type: text,
  subject: entityRow,
  object: entityRow,
  role: optText,
  note: optText,
  ...timeFields,
});
export type RelationRow = z.infer<typeof relationRow>;

const direction = z.enum(['OUTGOING', 'INCOMING']);
export type Direction = z.infer<typeof direction>;

/** A relationship as listed under one of its ends: which way it points from there (a `RelationEdge`). */
export interface RelationViewRow {
  direction: Direction;
  relation: RelationRow;
}

/** A relationship as a listing under one of its ends returns it: without that end, which the listing knows. */
export const listedRelationRow = z.object({
  direction,
  other: entityRow,
  relation: relationRow.omit({ subject: true, object: true }),
});
export type ListedRelationRow = z.infer<typeof listedRelationRow>;

/** The listed relationship seen from `entity`, with both of its ends. */
export function seenFrom(
  entity: EntityRow,
  { direction, other, relation }: ListedRelationRow,
): RelationViewRow {
  const ends =
    direction === 'OUTGOING' ? { subject: entity, object: other } : { subject: other, object: entity };
  return { direction, relation: { ...relation, ...ends } };
}

/** The end of a relationship that is not the one it is seen from. */
export const otherEnd = (view: RelationViewRow): EntityRow =>
  view.direction === 'OUTGOING' ? view.relation.object : view.relation.subject;

export const edgeRow = z.object({
  id: text,
  type: text,
  source: text,
  target: text,
  role: optText,
  ...timeFields,
});
export type EdgeRow = z.infer<typeof edgeRow>;

/** The time fields shared by relations and edges, as the `TimeSpan` type reads them. */
export interface TimeSpanRow {
  at: string | null;
  start: string | null;
  end: string | null;
  precision: DatePrecision | null;
}

/** A `TimePoint` value. */
export interface TimePointRow {
  date: string;
  precision: DatePrecision;
}

// ----- pages --------------------------------------------------------------------------------------------

/** One page of a list: its items, an opaque cursor for each (see pagination.ts), the total and what lies around. */
export interface Page<T> {
  items: T[];
  cursors: string[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** One item of a page with its cursor: the parent of an `XxxEdge` type. */
export interface Edge<T> {
  cursor: string;
  node: T;
}

export type RelationEdgeRow = Edge<RelationViewRow>;

export type MentionPage = Page<MentionRow>;
export type ListedRelationPage = Page<ListedRelationRow>;
export type RelationPage = Page<RelationViewRow>;
export type EntityPage = Page<EntityRow>;
export type ArticlePage = Page<ArticleRow>;
export type CandidatePage = Page<CandidateRow>;

// ----- composite results --------------------------------------------------------------------------------

export interface GraphRow {
  nodes: EntityRow[];
  edges: EdgeRow[];
  truncated: boolean;
}

export interface HopRow {
  from: EntityRow;
  to: EntityRow;
  /** OUTGOING when the path walks the relationship from its subject to its object. */
  direction: Direction;
  relation: RelationRow;
}

export interface PathRow {
  hops: HopRow[];
}

export interface CoMentionRow {
  entity: EntityRow;
  count: number;
  articleIds: string[];
}

export interface ConflictValueRow {
  value: string;
  valueText: string | null;
  precision: DatePrecision | null;
  claims: FactRow[];
}

export interface ConflictRow {
  subjectId: string;
  property: string;
  values: ConflictValueRow[];
}

export interface OfficeRow {
  relation: RelationRow;
}

export interface PassageRow {
  text: string;
  start: number | null;
  end: number | null;
}

export type SearchMatch = 'NAME' | 'ALIAS' | 'TITLE' | 'TEXT';

export type SearchHitRow =
  | { score: number; entity: EntityRow; article?: never; matchedOn: SearchMatch; passage: PassageRow }
  | { score: number; entity?: never; article: ArticleRow; matchedOn: SearchMatch; passage: PassageRow };

/** What `search` can return: an entity row (it has a `kind`) or an article row. */
export type SearchResultRow = EntityRow | ArticleRow;

interface TimelineBase {
  date: string;
  precision: DatePrecision;
  summary: string;
}
export type TimelineItemRow =
  | (TimelineBase & { itemKind: 'RELATION'; relation: RelationRow })
  | (TimelineBase & { itemKind: 'EVENT'; event: EntityRow })
  | (TimelineBase & { itemKind: 'STATEMENT'; statement: StatementRow })
  | (TimelineBase & { itemKind: 'ARTICLE'; article: ArticleRow });

export type RelationTimelineItemRow = Extract<TimelineItemRow, { itemKind: 'RELATION' }>;
export type EventTimelineItemRow = Extract<TimelineItemRow, { itemKind: 'EVENT' }>;
export type StatementTimelineItemRow = Extract<TimelineItemRow, { itemKind: 'STATEMENT' }>;
export type ArticleTimelineItemRow = Extract<TimelineItemRow, { itemKind: 'ARTICLE' }>;

// ----- candidates ---------------------------------------------------------------------------------------

export const candidateSightingRow = z.object({
  articleId: text,
  sentence: optText.transform((v) => v ?? ''),
  start: int,
  end: int,
});
export type CandidateSightingRow = z.infer<typeof candidateSightingRow>;

export const candidateRow = z.object({
  id: text,
  name: text,
  key: text,
  kindGuess: z
    .unknown()
    .optional()
    .transform((v): Kind | null =>
      typeof v === 'string' && (kinds as readonly string[]).includes(v) ? (v as Kind) : null,
    ),
  /** Stored by ingestion since candidates have categories; older candidates have only a kind guess. */
  category: optText,
  variants: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? []),
  aliasOfId: optText,
  aliasReason: optText,
  status: z
    .string()
    .nullish()
    .transform((v) => v ?? 'pending'),
  resolvedToId: optText,
  sightings: z
    .array(candidateSightingRow)
    .nullish()
    .transform((v) => v ?? []),
});
export type CandidateRow = z.infer<typeof candidateRow>;

/** Parses rows at the boundary; a malformed row is a bug in a statement or the data, so it throws. */
export function parseRows<T>(schema: z.ZodType<T>, rows: readonly unknown[]): T[] {
  return rows.map((r) => schema.parse(r));
}
