import { badInput } from '../errors.js';
import { cypher } from '../neo4j/catalogue.js';
import type { Db, WriteTx } from '../neo4j/db.js';
import type { Row } from '../neo4j/values.js';
import { assertEntityKind, assertRelationType } from '../graph/allow-list.js';
import type { EntityKind, RelationType } from '../graph/relation-types.js';
import { nameKey } from './names.js';
import {
  resolveEntities,
  resolveEntitiesThen,
  UnlinkedEntitiesError,
  type ResolvedEntities,
  type StoredProps,
} from './resolve-entities.js';
import { writeProposalsTx, type ProposalRecord } from './write-proposals.js';

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
  /** How the linker found a spelling that was none of the entity's names: the alias this article taught. */
  learnt?: string | null;
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
  /** The candidate's name (the most complete spelling in the article). */
  name: string;
  kindGuess: string | null;
  /** person, organisation, news_agency, media, place, product or event. */
  category: string;
  /** Every spelling of the name in the article, the name first. */
  variants: string[];
  /** A known entity the name is a variant of, and why. */
  aliasOfId: string | null;
  aliasReason: string | null;
  /** This sighting: offsets of one spelling in the article text. */
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

/**
 * Every write below names entities by id and resolves those ids first, in its own transaction
 * (resolve-entities.ts): an id merged away is written on the entity it was merged into, and the entities stay
 * locked until the write commits. Each statement then reports what it wrote, and a shortfall rolls the whole
 * transaction back: nothing is ever dropped silently.
 */
function expectWritten(row: Row | undefined, counts: Record<string, number>, what: string): void {
  for (const [key, expected] of Object.entries(counts)) {
    const written = Number(row?.[key] ?? 0);
    if (written !== expected) {
      throw new Error(`${what}: wrote ${written} ${key} of ${expected}; the transaction is rolled back`);
    }
  }
}

const evidenceCount = (items: readonly { evidence: readonly unknown[] }[]): number =>
  items.reduce((n, it) => n + it.evidence.length, 0);

export async function upsertRelations(tx: WriteTx, relations: RelationRecord[]): Promise<void> {
  for (const r of relations) assertRelationType(r.type);
  if (relations.length === 0) return;
  const ends = await resolveEntities(
    tx,
    relations.flatMap((r) => [r.from, r.to]),
  );
  ends.requireAll();
  const resolved = distinctById(relations.map((r) => ({ ...r, from: ends.id(r.from), to: ends.id(r.to) })));
  const loop = resolved.find((r) => r.from === r.to);
  if (loop) {
    const message = `A relationship connects two different entities; ${loop.from} is both ends of ${loop.id}`;
    throw badInput(message, { argument: 'objectId' });
  }
  const [row] = await tx.run(upsertRelationsQ, { relations: resolved });
  expectWritten(row, { relations: resolved.length, evidence: evidenceCount(resolved) }, 'upsert-relations');
}

export async function upsertFacts(tx: WriteTx, facts: FactRecord[]): Promise<void> {
  if (facts.length === 0) return;
  const subjects = await resolveEntities(
    tx,
    facts.map((f) => f.subjectId),
  );
  subjects.requireAll();
  const resolved = distinctById(facts.map((f) => ({ ...f, subjectId: subjects.id(f.subjectId) })));
  const [row] = await tx.run(upsertFactsQ, { facts: resolved });
  expectWritten(row, { facts: resolved.length, evidence: evidenceCount(resolved) }, 'upsert-facts');
}

export async function upsertStatements(tx: WriteTx, statements: StatementRecord[]): Promise<void> {
  if (statements.length === 0) return;
  const named = await resolveEntities(
    tx,
    statements.flatMap((st) => [st.speakerId, ...st.about]),
  );
  named.requireAll();
  const resolved = statements.map((st) => ({
    ...st,
    speakerId: named.id(st.speakerId),
    about: [...new Set(st.about.map((id) => named.id(id)))],
  }));
  const about = resolved.reduce((n, st) => n + st.about.length, 0);
  const [row] = await tx.run(upsertStatementsQ, { statements: resolved });
  expectWritten(row, { statements: resolved.length, about }, 'upsert-statements');
}

export interface ArticleWrite {
  article: ArticleRecord;
  mentions: MentionRecord[];
  candidates: CandidateRecord[];
  /** Relations, statements and facts proposed for review (src/ingest/write-proposals.ts). */
  proposals?: ProposalRecord[];
}

export interface ArticleWriteResult {
  articleId: string;
  created: boolean;
  mentionsCreated: number;
  /** Each entity id the mentions named → the entity they were written on (another one if it was merged away). */
  writtenOn: ReadonlyMap<string, StoredProps>;
}

/** A mention is keyed by (entity, article, start): a repeat within one article would be a second edge. */
function distinctMentions<M extends MentionRecord & { articleId: string }>(mentions: readonly M[]): M[] {
  const byKey = new Map<string, M>();
  for (const m of mentions) byKey.set(`${m.entityId} ${m.articleId} ${String(m.start)}`, m);
  return [...byKey.values()];
}

/** Entity locks in one global order, so two transactions naming the same entities cannot deadlock. */
const byEntityThenOffset = (a: MentionRecord, b: MentionRecord): number =>
  a.entityId.localeCompare(b.entityId) || a.start - b.start;

/**
 * Writes mentions, each carrying its article id, on the entities their ids resolved to, with `query` (create
 * for articles new in this transaction, else merge); the statement must write every one of them. Returns the
 * mentions created per article.
 */
async function writeMentions(
  tx: WriteTx,
  query: typeof mergeMentionsQ,
  mentions: readonly (MentionRecord & { articleId: string })[],
  entities: ResolvedEntities,
): Promise<Map<string, number>> {
  const created = new Map<string, number>();
  // Resolved before the repeats are dropped (two ids may name one entity now), and sorted like the locks.
  const resolved = distinctMentions(mentions.map((m) => ({ ...m, entityId: entities.id(m.entityId) }))).sort(
    byEntityThenOffset,
  );
  if (resolved.length === 0) return created;
  const rows = await tx.run(query, { mentions: resolved });
  const written = rows.reduce((n, row) => n + Number(row.mentions ?? 0), 0);
  expectWritten({ mentions: written }, { mentions: resolved.length }, query.name);
  for (const row of rows) created.set(String(row.articleId), Number(row.created ?? 0));
  return created;
}

/**
 * Writes analysed articles in one transaction of a few statements whatever their number: the articles (keyed
 * by content hash), then every mention, then every candidate and proposal, each an UNWIND. Re-running it (a retry, a
 * repeated ingest, twenty concurrent ones) leaves one article and one set of mentions and candidates each.
 * The entities are resolved and locked before the articles, the same order a merge takes (entities, then the
 * articles their mentions are in), so an ingest and a merge never wait for each other in a cycle. An entity
 * that is gone (deleted, not merged) fails the whole write: UnlinkedEntitiesError, nothing written.
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
  // The articles are upserted in the round trip that locks the entities, and after it (see resolveEntitiesThen).
  const { entities, next: rows } = await resolveEntitiesThen(
    tx,
    distinct.flatMap((d) => d.mentions.map((m) => m.entityId)),
    () => tx.run(upsertArticlesQ, { articles: distinct.map((d) => d.article) }),
  );
  if (entities.missing.length > 0) throw new UnlinkedEntitiesError(entities.missing);
  // The stored id of an article that was already there wins over the one computed now.
  const stored = new Map(
    rows.map((r) => [String(r.contentHash), { id: String(r.id), created: r.created === true }]),
  );
  const idOf = (input: ArticleWrite): string => stored.get(input.article.contentHash)?.id ?? input.article.id;

  // An article created by this transaction has no mentions yet: its mentions are created, not merged.
  const isNew = (d: ArticleWrite): boolean => stored.get(d.article.contentHash)?.created === true;
  const mentionWrites = (
    [
      [createMentionsQ, distinct.filter(isNew)],
      [mergeMentionsQ, distinct.filter((d) => !isNew(d))],
    ] as const
  ).map(([query, articles]) =>
    writeMentions(
      tx,
      query,
      articles.flatMap((d) => d.mentions.map((m) => ({ ...m, articleId: idOf(d) }))),
      entities,
    ),
  );
  const candidates = distinct
    .flatMap((d) => d.candidates.map((c) => ({ ...c, articleId: idOf(d) })))
    .sort((a, b) => a.key.localeCompare(b.key) || a.start - b.start);
  const proposals = distinct.flatMap((d) => (d.proposals ?? []).map((p) => ({ ...p, articleId: idOf(d) })));
  // Mentions, candidates and proposals depend only on the articles' stored ids: sent together, they cost one
  // round trip. Neo4j runs them in the order sent, so locks are taken in the same order as before.
  const [created] = await Promise.all([
    Promise.all(mentionWrites),
    candidates.length > 0 ? tx.run(mergeCandidatesQ, { candidates }) : null,
    writeProposalsTx(tx, proposals),
  ]);
  const createdByArticle = new Map(created.flatMap((byArticle) => [...byArticle]));

  return inputs.map((input) => {
    const articleId = idOf(input);
    const first = firstOfHash.get(input.article.contentHash) === input;
    const created = first && stored.get(input.article.contentHash)?.created === true;
    const writtenOn = new Map(input.mentions.map((m) => [m.entityId, entities.entity(m.entityId)]));
    return {
      articleId,
      created,
      mentionsCreated: first ? (createdByArticle.get(articleId) ?? 0) : 0,
      writtenOn,
    };
  });
}

/** Adds mentions to an article already in the graph (curated references, a resolved candidate's sightings). */
export async function addMentions(tx: WriteTx, articleId: string, mentions: MentionRecord[]): Promise<void> {
  if (mentions.length === 0) return;
  const entities = await resolveEntities(
    tx,
    mentions.map((m) => m.entityId),
  );
  entities.requireAll();
  await writeMentions(
    tx,
    mergeMentionsQ,
    mentions.map((m) => ({ ...m, articleId })),
    entities,
  );
}

/**
 * Analysed articles in one write transaction (see writeArticlesTx). Metrics name it `ingest/article` for one
 * article (ingestArticle, seeding) and `ingest/articles` for a batch, so a batch's time never reads as an article's.
 */
export function writeArticles(db: Db, inputs: readonly ArticleWrite[]): Promise<ArticleWriteResult[]> {
  const name = inputs.length === 1 ? 'ingest/article' : 'ingest/articles';
  return db.writeTransaction(name, (tx) => writeArticlesTx(tx, inputs));
}

/** One analysed article in one write transaction. */
export async function writeArticle(db: Db, input: ArticleWrite): Promise<ArticleWriteResult> {
  const [result] = await writeArticles(db, [input]);
  if (!result) throw new Error('writing one article returned no result');
  return result;
}
