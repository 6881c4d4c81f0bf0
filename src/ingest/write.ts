import { cypher } from '../neo4j/catalogue.js';
import type { Db, WriteTx } from '../neo4j/db.js';
import { assertEntityKind, assertRelationType } from '../graph/allow-list.js';
import type { EntityKind, RelationType } from '../graph/relation-types.js';
import { nameKey } from './names.js';

const upsertEntitiesQ = cypher('ingest/upsert-entities');
const upsertArticlesQ = cypher('ingest/upsert-articles');
const mergeMentionsQ = cypher('ingest/merge-mentions');
const createMentionsQ = cypher('ingest/create-mentions');
const mergeCandidatesQ = cypher('ingest/merge-candidates');
const upsertRelationsQ = cypher('ingest/upsert-relations');
const upsertFactsQ = cypher('ingest/upsert-facts');
const upsertStatementsQ = cypher('ingest/upsert-statements');

type Scalar = string | number | boolean | null;
export type PropValue = Scalar | string[];

export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** One-token person aliases safe to link alone (see linker.ts). */
  standaloneAliases?: string[];
  description?: string | null;
  /** Kind-specific facts (orgType, placeType, mode, status...), flat scalars or string lists. */
  props?: Record<string, PropValue>;
}

export interface ArticleRecord {
  id: string;
  contentHash: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  url: string | null;
  source: string | null;
  text: string;
}

/** Where in an article a claim is stated: offsets are into the article text. */
export interface EvidenceRecord {
  articleId: string;
  quote: string;
  start: number;
  end: number;
  sentence: string;
  sentenceIndex: number;
  sentenceStart: number;
}

export interface MentionRecord {
  entityId: string;
  /** `name`: the linker matched a name or alias; `reference`: a curated description ("the arms deal"). */
  via: 'name' | 'reference';
  surface: string;
  start: number;
  end: number;
  sentence: string;
  sentenceIndex: number;
  sentenceStart: number;
}

export interface CandidateRecord {
  id: string;
  key: string;
  name: string;
  kindGuess: string;
  start: number;
  end: number;
  sentence: string;
  sentenceIndex: number;
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  props: Record<string, PropValue>;
  evidence: EvidenceRecord[];
}

export interface FactRecord {
  id: string;
  subjectId: string;
  property: string;
  value: string;
  valueText: string;
  precision: string | null;
  evidence: EvidenceRecord[];
}

export interface StatementRecord {
  id: string;
  speakerId: string;
  about: string[];
  articleId: string;
  quote: string;
  sentence: string;
  start: number;
  end: number;
  date: string | null;
  precision: string | null;
}

/** The aliases as stored: the name first, each spelling once, plus their normal forms for matching. */
export function entityParams(e: EntityRecord): Record<string, unknown> {
  assertEntityKind(e.kind);
  const aliases = [...new Set([e.name, ...e.aliases].map((a) => a.trim()).filter(Boolean))];
  const aliasKeys = [...new Set(aliases.map(nameKey).filter(Boolean))];
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases,
    aliasKeys,
    searchText: [...aliases, ...aliasKeys].join(' | '),
    standaloneAliases: (e.standaloneAliases ?? []).filter((a) => aliases.includes(a)),
    description: e.description ?? null,
    props: e.props ?? {},
  };
}

export async function upsertEntities(tx: WriteTx, entities: EntityRecord[]): Promise<void> {
  if (entities.length > 0) await tx.run(upsertEntitiesQ, { entities: entities.map(entityParams) });
}

/** One record per id, the evidence of its repeats appended: the statement creates a new claim's edge once. */
function distinctById<T extends { id: string; evidence: EvidenceRecord[] }>(records: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const r of records) {
    const seen = byId.get(r.id);
    byId.set(r.id, seen ? { ...seen, evidence: [...seen.evidence, ...r.evidence] } : r);
  }
  return [...byId.values()];
}

export async function upsertRelations(tx: WriteTx, relations: RelationRecord[]): Promise<void> {
  for (const r of relations) assertRelationType(r.type);
  if (relations.length > 0) await tx.run(upsertRelationsQ, { relations: distinctById(relations) });
}

export async function upsertFacts(tx: WriteTx, facts: FactRecord[]): Promise<void> {
  if (facts.length > 0) await tx.run(upsertFactsQ, { facts: distinctById(facts) });
}

export async function upsertStatements(tx: WriteTx, statements: StatementRecord[]): Promise<void> {
  if (statements.length > 0) await tx.run(upsertStatementsQ, { statements });
}

export interface ArticleWrite {
  article: ArticleRecord;
  mentions: MentionRecord[];
  candidates: CandidateRecord[];
}

export interface ArticleWriteResult {
  articleId: string;
  created: boolean;
  mentionsCreated: number;
}

/** A mention is keyed by (entity, article, start): a repeat within one article would be a second edge. */
function distinctMentions(mentions: readonly MentionRecord[]): MentionRecord[] {
  const byKey = new Map<string, MentionRecord>();
  for (const m of mentions) byKey.set(`${m.entityId} ${String(m.start)}`, m);
  return [...byKey.values()];
}

/** Entity locks in one global order, so two transactions naming the same entities cannot deadlock. */
const byEntityThenOffset = (a: MentionRecord, b: MentionRecord): number =>
  a.entityId.localeCompare(b.entityId) || a.start - b.start;

/**
 * Writes analysed articles in one transaction of a few statements whatever their number: the articles (keyed
 * by content hash), then every mention, then every candidate, each an UNWIND. Re-running it (a retry, a
 * repeated ingest, twenty concurrent ones) leaves one article and one set of mentions and candidates each.
 * Results are in input order; a text repeated within the batch is written once and reported as not created.
 */
export async function writeArticlesTx(
  tx: WriteTx,
  inputs: readonly ArticleWrite[],
): Promise<ArticleWriteResult[]> {
  const firstOfHash = new Map<string, ArticleWrite>();
  for (const input of inputs) {
    if (!firstOfHash.has(input.article.contentHash)) firstOfHash.set(input.article.contentHash, input);
  }
  const distinct = [...firstOfHash.values()];
  if (distinct.length === 0) return [];
  const rows = await tx.run(upsertArticlesQ, { articles: distinct.map((d) => d.article) });
  // The stored id of an article that was already there wins over the one computed now.
  const stored = new Map(
    rows.map((r) => [String(r.contentHash), { id: String(r.id), created: r.created === true }]),
  );
  const idOf = (input: ArticleWrite): string => stored.get(input.article.contentHash)?.id ?? input.article.id;

  // An article created by this transaction has no mentions yet: its mentions are created, not merged.
  const isNew = (d: ArticleWrite): boolean => stored.get(d.article.contentHash)?.created === true;
  const createdByArticle = new Map<string, number>();
  for (const [query, articles] of [
    [createMentionsQ, distinct.filter(isNew)],
    [mergeMentionsQ, distinct.filter((d) => !isNew(d))],
  ] as const) {
    const mentions = articles
      .flatMap((d) => distinctMentions(d.mentions).map((m) => ({ ...m, articleId: idOf(d) })))
      .sort(byEntityThenOffset);
    if (mentions.length === 0) continue;
    for (const row of await tx.run(query, { mentions })) {
      createdByArticle.set(String(row.articleId), Number(row.created ?? 0));
    }
  }
  const candidates = distinct
    .flatMap((d) => d.candidates.map((c) => ({ ...c, articleId: idOf(d) })))
    .sort((a, b) => a.key.localeCompare(b.key) || a.start - b.start);
  if (candidates.length > 0) await tx.run(mergeCandidatesQ, { candidates });

  return inputs.map((input) => {
    const articleId = idOf(input);
    const first = firstOfHash.get(input.article.contentHash) === input;
    const created = first && stored.get(input.article.contentHash)?.created === true;
    return { articleId, created, mentionsCreated: first ? (createdByArticle.get(articleId) ?? 0) : 0 };
  });
}

/** Adds mentions to an article already in the graph (curated references found during seeding). */
export async function addMentions(tx: WriteTx, articleId: string, mentions: MentionRecord[]): Promise<void> {
  const sorted = mentions.map((m) => ({ ...m, articleId })).sort(byEntityThenOffset);
  if (sorted.length > 0) await tx.run(mergeMentionsQ, { mentions: sorted });
}

/** Analysed articles in one write transaction (see writeArticlesTx). */
export function writeArticles(db: Db, inputs: readonly ArticleWrite[]): Promise<ArticleWriteResult[]> {
  return db.writeTransaction('ingest/articles', (tx) => writeArticlesTx(tx, inputs));
}
