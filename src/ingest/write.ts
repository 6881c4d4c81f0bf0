import { badInput } from '../errors.js';
import { cypher } from '../neo4j/catalogue.js';
import type { WriteTx } from '../neo4j/db.js';
import type { Row } from '../neo4j/values.js';
import { assertEntityKind, assertRelationType } from '../graph/allow-list.js';
import type { EntityKind, RelationType } from '../graph/relation-types.js';
import { nameKey } from './names.js';
import { resolveEntities } from './resolve-entities.js';

const upsertEntitiesQ = cypher('ingest/upsert-entities');
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
export function expectWritten(row: Row | undefined, counts: Record<string, number>, what: string): void {
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
