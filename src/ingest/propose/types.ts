/**
 * What the propose stage produces: relations, statements and facts an article states, in the model's own
 * vocabulary (the relation allow-list, Statement, Fact claims), each with the rule that found it, a confidence
 * and its evidence. Proposals are not knowledge: they are stored apart and become relations, statements or
 * fact claims only when an editor accepts them.
 */
import type { EntityKind, RelationType } from '../../graph/relation-types.js';

/** A known entity the linker found. */
export interface EntityEnd {
  readonly type: 'entity';
  readonly entityId: string;
  readonly kind: EntityKind;
  /** The spelling the article uses. */
  readonly name: string;
}

/** An unknown name the article gives (a Candidate with this key is stored with the article). */
export interface CandidateEnd {
  readonly type: 'candidate';
  readonly candidateKey: string;
  readonly kind: 'Person' | 'Organisation' | 'Place';
  readonly name: string;
}

/** A place end: a known place or a candidate place name. */
export type NamedEnd = EntityEnd | CandidateEnd;

/** How a described thing is tied to a named end: `out` is thing → end (ORIGIN), `in` is end → thing (PARTY_TO). */
export interface DescribedLink {
  readonly type: RelationType;
  readonly direction: 'out' | 'in';
  readonly end: NamedEnd;
}

/**
 * A route, event or agreement the article describes rather than names: "flights between A and B", "the A-B
 * flight", "Putin and Kim held a summit", "Russia and North Korea signed an arms deal". It is identified by what
 * it is (`sort`: the route's mode, the event's or agreement's kind in the article's words) and by the named ends
 * it is tied to, and found (or created with those ties) when a proposal using it is accepted.
 */
export interface DescribedEnd {
  readonly type: 'described';
  readonly kind: 'Route' | 'Event' | 'Agreement';
  readonly sort: string;
  readonly links: readonly DescribedLink[];
  /** ORIGIN and DESTINATION may be swapped ("between A and B" gives no direction). */
  readonly unordered: boolean;
  /** A readable name: `Moscow–Pyongyang air route`, `Putin–Kim Jong Un summit`. */
  readonly name: string;
}

export type ProposalEnd = NamedEnd | DescribedEnd;

/** Where the article states it: offsets into the article text; `quote` is text.slice(start, end). */
export interface ProposalEvidence {
  readonly sentenceIndex: number;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

interface ProposalBase {
  /** The rule that produced it (`<family>.<rule>`), so reviewers and the evaluation can judge each rule. */
  readonly rule: string;
  /** 0..1: how often this rule is right, as the rule's author judged it on news text. */
  readonly confidence: number;
  readonly evidence: ProposalEvidence;
}

export interface RelationProposal extends ProposalBase {
  readonly kind: 'relation';
  readonly type: RelationType;
  readonly subject: ProposalEnd;
  readonly object: ProposalEnd;
  /** The office or function, for HOLDS_OFFICE, WORKS_FOR, MEMBER_OF ("Minister of Natural Resources"). */
  readonly role: string | null;
  /** When it happened, for a visit, a meeting, a departure...: the one date its sentence gives, if any. */
  readonly at: { readonly value: string; readonly precision: 'year' | 'month' | 'day' } | null;
}

export interface StatementProposal extends ProposalBase {
  readonly kind: 'statement';
  readonly speaker: NamedEnd;
  /** What was said: a quotation's words without the marks, or the reported clause. */
  readonly quote: string;
  readonly quoteStart: number;
  readonly quoteEnd: number;
  readonly mode: 'direct' | 'indirect';
  /** Known entities the words name. */
  readonly about: readonly string[];
}

export interface FactProposal extends ProposalBase {
  readonly kind: 'fact';
  readonly subject: ProposalEnd;
  readonly property: string;
  /** Normal form (`twice a week`, `2025-09-15`). */
  readonly value: string;
  /** As the article words it. */
  readonly valueText: string;
  readonly precision: 'year' | 'month' | 'day' | null;
}

export type Proposal = RelationProposal | StatementProposal | FactProposal;
