import { cypher } from '../neo4j/catalogue.js';
import type { Db, WriteTx } from '../neo4j/db.js';
import { assertEntityKind, assertRelationType } from '../graph/allow-list.js';
import type { EntityKind, RelationType } from '../graph/relation-types.js';
import { nameKey } from './names.js';
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

export async function upsertRelations(tx: WriteTx, relations: RelationRecord[]): Promise<void> {
  for (const r of relations) assertRelationType(r.type);
  if (relations.length > 0) await tx.run(upsertRelationsQ, { relations });
}

export async function upsertFacts(tx: WriteTx, facts: FactRecord[]): Promise<void> {
  if (facts.length > 0) await tx.run(upsertFactsQ, { facts });
}

export async function upsertStatements(tx: WriteTx, statements: StatementRecord[]): Promise<void> {
  if (statements.length > 0) await tx.run(upsertStatementsQ, { statements });
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
}

/**
 * Writes one analysed article in one transaction keyed by its content hash. Re-running it (a retry, a
 * repeated ingest, twenty concurrent ones) leaves one article and one set of mentions and candidates.
 */
export async function writeArticleTx(tx: WriteTx, input: ArticleWrite): Promise<ArticleWriteResult> {
  const [row] = await tx.run(upsertArticleQ, { article: input.article });
  const articleId = String(row?.id);
  // Entity locks in one global order so two articles naming the same people cannot deadlock.
  const mentions = [...input.mentions].sort(
    (a, b) => a.entityId.localeCompare(b.entityId) || a.start - b.start,
  );
  let mentionsCreated = 0;
  if (mentions.length > 0) {
    const [m] = await tx.run(mergeMentionsQ, { articleId, mentions });
    mentionsCreated = Number(m?.created ?? 0);
  }
  const candidates = [...input.candidates].sort((a, b) => a.key.localeCompare(b.key) || a.start - b.start);
  // Candidates and proposals touch different nodes: sent together, they cost one round trip, not two.
  await Promise.all([
    candidates.length > 0 ? tx.run(mergeCandidatesQ, { articleId, candidates }) : null,
    writeProposalsTx(tx, articleId, input.proposals ?? []),
  ]);
  return { articleId, created: row?.created === true, mentionsCreated };
}

/** Adds mentions to an article already in the graph (curated references found during seeding). */
export async function addMentions(tx: WriteTx, articleId: string, mentions: MentionRecord[]): Promise<void> {
  const sorted = [...mentions].sort((a, b) => a.entityId.localeCompare(b.entityId) || a.start - b.start);
  if (sorted.length > 0) await tx.run(mergeMentionsQ, { articleId, mentions: sorted });
}

export function writeArticle(db: Db, input: ArticleWrite): Promise<ArticleWriteResult> {
  return db.writeTransaction('ingest/article', (tx) => writeArticleTx(tx, input));
}
