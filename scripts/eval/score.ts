/**
 * Scoring proposals against a reference graph (the curated graph of the corpus, or a fixture's annotations).
 *
 * Relations are compared by type and both ends; MET and COOPERATES_WITH are symmetric, every other type keeps
 * the reference's direction. Ends are resolved as an editor accepting the proposal would: a linked entity is
 * itself; a candidate name that is a name of exactly one reference entity is that entity (the editor resolves it
 * as an alias); a route, event or agreement described by what it connects is the reference one tied to the same
 * ends (of the same sort when several are). Recall counts
 * (relation, article) pairs: a relation two articles state must be found in both. A proposal is correct when
 * the reference has that relation (stated in that article: strict; or anywhere: the reference knows it).
 *
 * Statements are compared by article, speaker and quote: the proposed words must overlap the reference quote by
 * at least half of the shorter of the two.
 */
import type { RelationType } from '../../src/graph/relation-types.js';
import type {
  DescribedEnd,
  ProposalEnd,
  RelationProposal,
  StatementProposal,
} from '../../src/ingest/propose/index.js';
import { nameKey } from '../../src/ingest/names.js';

export const SYMMETRIC: ReadonlySet<RelationType> = new Set(['MET', 'COOPERATES_WITH']);

/** A route, event or agreement of the reference, with its ties as `TYPE|out|endId` / `TYPE|in|endId`. */
export interface ReferenceThing {
  id: string;
  kind: string;
  /** The route's mode, the event's type, the agreement's kind. */
  sort: string;
  links: ReadonlySet<string>;
}

export interface Reference {
  /** name key → ids of the entities with that name or alias. */
  names: ReadonlyMap<string, readonly string[]>;
  things: readonly ReferenceThing[];
  relations: readonly ExpectedRelation[];
  statements: readonly ExpectedStatement[];
}

export interface ExpectedRelation {
  article: string;
  type: RelationType;
  subject: string;
  object: string;
  quote: string;
}

export interface ExpectedStatement {
  article: string;
  speaker: string;
  quote: string;
  /** Offsets of the quote in the article text. */
  start: number;
  end: number;
}

export interface Proposed<P> {
  article: string;
  proposal: P;
}

/** The reference's routes, events and agreements, from its entities and relations. */
export function referenceThings(
  entities: readonly { id: string; kind: string; sort: string }[],
  relations: readonly { type: string; subject: string; object: string }[],
): ReferenceThing[] {
  return entities
    .filter((e) => e.kind === 'Route' || e.kind === 'Event' || e.kind === 'Agreement')
    .map((e) => ({
      ...e,
      links: new Set(
        relations.flatMap((r) => [
          ...(r.subject === e.id ? [`${r.type}|out|${r.object}`] : []),
          ...(r.object === e.id ? [`${r.type}|in|${r.subject}`] : []),
        ]),
      ),
    }));
}

const headWord = (sort: string): string => sort.toLowerCase().split(/\s+/u).pop() ?? '';

/**
 * The reference route, event or agreement a description stands for: of the same kind, tied to every end the
 * description names; when several are, the one whose sort shares the description's head word ("summit").
 */
function resolveDescribed(end: DescribedEnd, ref: Pick<Reference, 'names' | 'things'>): string | null {
  const links = end.links.map((l) => ({ ...l, id: resolveEnd(l.end, ref) }));
  const swap: Readonly<Record<string, string>> = { ORIGIN: 'DESTINATION', DESTINATION: 'ORIGIN' };
  const fitting = ref.things.filter((t) => {
    if (t.kind !== end.kind) return false;
    const has = (type: string, l: (typeof links)[number]): boolean =>
      t.links.has(`${type}|${l.direction}|${l.id}`);
    const straight = links.every((l) => has(l.type, l));
    const swapped = end.unordered && links.every((l) => has(swap[l.type] ?? l.type, l));
    return straight || swapped;
  });
  const sorted =
    fitting.length > 1 ? fitting.filter((t) => t.sort.toLowerCase().includes(headWord(end.sort))) : fitting;
  return sorted.length === 1 && sorted[0] ? sorted[0].id : null;
}

/** The reference id an end stands for, or a label saying what it is when the reference has nothing like it. */
export function resolveEnd(end: ProposalEnd, ref: Pick<Reference, 'names' | 'things'>): string {
  switch (end.type) {
    case 'entity':
      return end.entityId;
    case 'candidate': {
      const owners = ref.names.get(nameKey(end.name)) ?? [];
      return owners.length === 1 && owners[0] ? owners[0] : `candidate “${end.name}”`;
    }
    case 'described':
      return resolveDescribed(end, ref) ?? `new ${end.kind.toLowerCase()} “${end.name}”`;
  }
}

const relationKey = (type: RelationType, s: string, o: string): string =>
  SYMMETRIC.has(type) ? `${type}|${[s, o].sort().join('|')}` : `${type}|${s}|${o}`;

export interface RelationScore {
  proposed: number;
  correct: number;
  correctInArticle: number;
  expected: number;
  found: number;
  precision: number;
  strictPrecision: number;
  recall: number;
  misses: ExpectedRelation[];
  falseProposals: {
    article: string;
    type: string;
    subject: string;
    object: string;
    rule: string;
    quote: string;
  }[];
  byRule: Record<string, { proposed: number; correct: number }>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

export function scoreRelations(
  proposals: readonly Proposed<RelationProposal>[],
  ref: Reference,
): RelationScore {
  const known = new Set(ref.relations.map((r) => relationKey(r.type, r.subject, r.object)));
  const inArticle = new Set(
    ref.relations.map((r) => `${r.article}#${relationKey(r.type, r.subject, r.object)}`),
  );
  const seen = new Set<string>();
  const found = new Set<string>();
  const byRule: RelationScore['byRule'] = {};
  const falseProposals: RelationScore['falseProposals'] = [];
  let proposed = 0;
  let correct = 0;
  let correctInArticle = 0;
  for (const { article, proposal: p } of proposals) {
    const s = resolveEnd(p.subject, ref);
    const o = resolveEnd(p.object, ref);
    const key = relationKey(p.type, s, o);
    // One claim per article: the same relation stated twice in an article is one proposal to judge.
    if (seen.has(`${article}#${key}`)) continue;
    seen.add(`${article}#${key}`);
    proposed += 1;
    const stats = (byRule[p.rule] ??= { proposed: 0, correct: 0 });
    stats.proposed += 1;
    if (known.has(key)) {
      correct += 1;
      stats.correct += 1;
    } else {
      falseProposals.push({
        article,
        type: p.type,
        subject: s,
        object: o,
        rule: p.rule,
        quote: p.evidence.quote,
      });
    }
    if (inArticle.has(`${article}#${key}`)) {
      correctInArticle += 1;
      found.add(`${article}#${key}`);
    }
  }
  const expectedKeys = new Map<string, ExpectedRelation>();
  for (const r of ref.relations)
    expectedKeys.set(`${r.article}#${relationKey(r.type, r.subject, r.object)}`, r);
  const misses = [...expectedKeys].filter(([k]) => !found.has(k)).map(([, r]) => r);
  return {
    proposed,
    correct,
    correctInArticle,
    expected: expectedKeys.size,
    found: found.size,
    precision: ratio(correct, proposed),
    strictPrecision: ratio(correctInArticle, proposed),
    recall: ratio(found.size, expectedKeys.size),
    misses,
    falseProposals,
    byRule,
  };
}

export interface StatementScore {
  proposed: number;
  correct: number;
  expected: number;
  found: number;
  precision: number;
  recall: number;
  misses: ExpectedStatement[];
  falseProposals: { article: string; speaker: string; quote: string; rule: string }[];
}

/** Overlap of two ranges relative to the shorter one. */
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const common = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return common <= 0 || shorter <= 0 ? 0 : common / shorter;
}

export function scoreStatements(
  proposals: readonly Proposed<StatementProposal>[],
  ref: Reference,
): StatementScore {
  const matched = new Set<ExpectedStatement>();
  const falseProposals: StatementScore['falseProposals'] = [];
  let correct = 0;
  for (const { article, proposal: p } of proposals) {
    const speaker = resolveEnd(p.speaker, ref);
    const hit = ref.statements.find(
      (e) =>
        e.article === article &&
        e.speaker === speaker &&
        overlap(e, { start: p.quoteStart, end: p.quoteEnd }) >= 0.5,
    );
    if (hit) {
      correct += 1;
      matched.add(hit);
    } else {
      falseProposals.push({ article, speaker, quote: p.quote, rule: p.rule });
    }
  }
  return {
    proposed: proposals.length,
    correct,
    expected: ref.statements.length,
    found: matched.size,
    precision: ratio(correct, proposals.length),
    recall: ratio(matched.size, ref.statements.length),
    misses: ref.statements.filter((s) => !matched.has(s)),
    falseProposals,
  };
}
