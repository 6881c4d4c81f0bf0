import { badInput } from '../errors.js';
import { cypher } from '../neo4j/catalogue.js';
import type { Db, WriteTx } from '../neo4j/db.js';
import type { Row } from '../neo4j/values.js';
import { assertEntityKind, assertRelationType } from '../graph/allow-list.js';
import type { EntityKind, RelationType } from '../graph/relation-types.js';
import { nameKey } from './names.js';
import {
  resolveEntities,
  UnlinkedEntitiesError,
  type ResolvedEntities,
  type StoredProps,
} from './resolve-entities.js';
import { writeProposalsTx, type ProposalRecord } from './write-proposals.js';

const upsertEntitiesQ = cypher('ingest/upsert-entities');
const upsertArticleQ = cypher('ingest/upsert-article');
const mergeMentionsQ = cypher('ingest/merge-mentions');
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
  const resolved = relations.map((r) => ({ ...r, from: ends.id(r.from), to: ends.id(r.to) }));
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
  const resolved = facts.map((f) => ({ ...f, subjectId: subjects.id(f.subjectId) }));
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

/** Writes mentions on the entities their ids resolved to; the statement must write every one of them. */
async function writeMentions(
  tx: WriteTx,
  articleId: string,
  mentions: readonly MentionRecord[],
  entities: ResolvedEntities,
): Promise<number> {
  // Sorted like the locks, so the statement touches the entities in the order they were locked in.
  const resolved = mentions
    .map((m) => ({ ...m, entityId: entities.id(m.entityId) }))
    .sort((a, b) => a.entityId.localeCompare(b.entityId) || a.start - b.start);
  const [row] = await tx.run(mergeMentionsQ, { articleId, mentions: resolved });
  expectWritten(row, { mentions: resolved.length }, 'merge-mentions');
  return Number(row?.created ?? 0);
}

/**
 * Writes one analysed article in one transaction keyed by its content hash. Re-running it (a retry, a
 * repeated ingest, twenty concurrent ones) leaves one article and one set of mentions and candidates. The
 * entities are resolved and locked before the article, the same order a merge takes (entities, then the
 * articles their mentions are in), so an ingest and a merge never wait for each other in a cycle. An entity
 * that is gone (deleted, not merged) fails the whole write: UnlinkedEntitiesError, nothing written.
 */
export async function writeArticleTx(tx: WriteTx, input: ArticleWrite): Promise<ArticleWriteResult> {
  const entities = await resolveEntities(
    tx,
    input.mentions.map((m) => m.entityId),
  );
  if (entities.missing.length > 0) throw new UnlinkedEntitiesError(entities.missing);
  const [row] = await tx.run(upsertArticleQ, { article: input.article });
  const articleId = String(row?.id);
  const mentionsCreated =
    input.mentions.length > 0 ? await writeMentions(tx, articleId, input.mentions, entities) : 0;
  const candidates = [...input.candidates].sort((a, b) => a.key.localeCompare(b.key) || a.start - b.start);
  // Candidates and proposals touch different nodes: sent together, they cost one round trip, not two.
  await Promise.all([
    candidates.length > 0 ? tx.run(mergeCandidatesQ, { articleId, candidates }) : null,
    writeProposalsTx(tx, articleId, input.proposals ?? []),
  ]);
  const writtenOn = new Map(input.mentions.map((m) => [m.entityId, entities.entity(m.entityId)]));
  return { articleId, created: row?.created === true, mentionsCreated, writtenOn };
}

/** Adds mentions to an article already in the graph (curated references, a resolved candidate's sightings). */
export async function addMentions(tx: WriteTx, articleId: string, mentions: MentionRecord[]): Promise<void> {
  if (mentions.length === 0) return;
  const entities = await resolveEntities(
    tx,
    mentions.map((m) => m.entityId),
  );
  entities.requireAll();
  await writeMentions(tx, articleId, mentions, entities);
}

export function writeArticle(db: Db, input: ArticleWrite): Promise<ArticleWriteResult> {
  return db.writeTransaction('ingest/article', (tx) => writeArticleTx(tx, input));
}
