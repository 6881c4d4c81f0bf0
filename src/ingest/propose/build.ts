/**
 * Turning a rule's match into a proposal: the ends' kinds are checked against what the relation type connects
 * (the table the curated graph is checked with), an entity is never related to itself, and the evidence is the
 * matched words of the article, widened to whole names.
 */
import type { RelationType } from '../../graph/relation-types.js';
import { RELATION_END_KINDS } from '../curated-schema.js';
import type { Frame, Slot } from './frame.js';
import { matches, type RuleMatch } from './patterns.js';
import type { ProposalEnd, RelationProposal } from './types.js';

/** Types whose relationships happen at a moment, dated by the sentence's date. */
const TIMED: ReadonlySet<RelationType> = new Set([
  'VISITED',
  'DEPARTED_FROM',
  'MET',
  'TRAVELLED_ON',
  'ANNOUNCED',
  'PROPOSED',
]);

/** The identity of an end, for de-duplication and self-loop checks. */
export function endKey(end: ProposalEnd): string {
  switch (end.type) {
    case 'entity':
      return `e:${end.entityId}`;
    case 'candidate':
      return `c:${end.candidateKey}`;
    case 'described': {
      const links = end.links.map((l) =>
        end.unordered && (l.type === 'ORIGIN' || l.type === 'DESTINATION')
          ? `ends:${endKey(l.end)}`
          : `${l.type}:${l.direction}:${endKey(l.end)}`,
      );
      return `d:${end.kind}:${end.sort}:${links.sort().join(',')}`;
    }
  }
}

export function fits(type: RelationType, subject: ProposalEnd, object: ProposalEnd): boolean {
  const ends = RELATION_END_KINDS[type];
  if (!ends) return true;
  return ends[0].includes(subject.kind) && ends[1].includes(object.kind);
}

export interface RelationSpec {
  type: RelationType;
  subject: ProposalEnd | undefined;
  object: ProposalEnd | undefined;
  rule: string;
  confidence: number;
  role?: string | null;
  /** A slot outside the match the claim depends on (the sentence's subject): the evidence includes it. */
  widenTo?: Slot | undefined;
}

/** A relation proposal from a match, or null when its ends do not fit the type or are the same entity. */
export function relationFrom(frame: Frame, m: RuleMatch, spec: RelationSpec): RelationProposal | null {
  const { subject, object } = spec;
  if (!subject || !object) return null;
  if (endKey(subject) === endKey(object) || !fits(spec.type, subject, object)) return null;
  const at = TIMED.has(spec.type) ? frame.date : null;
  let evidence = frame.evidence(m.index, m.index + m.length, spec.widenTo);
  // The date belongs to the claim: the quote runs on to it.
  if (at) {
    const start = Math.min(evidence.start, at.start);
    const end = Math.max(evidence.end, at.end);
    evidence = { ...evidence, start, end, quote: frame.text.slice(start, end) };
  }
  return {
    kind: 'relation',
    type: spec.type,
    subject,
    object,
    role: spec.role?.trim() || null,
    at: at ? { value: at.value, precision: at.precision } : null,
    rule: spec.rule,
    confidence: spec.confidence,
    evidence,
  };
}

/** The article text a named group of a match covers (a role with a place in it: "Ambassador to North Korea"). */
export function groupText(frame: Frame, m: RuleMatch, name: string): string | null {
  const range = m.spans[name];
  if (!range) return null;
  const { start, end } = frame.span(range[0], range[1]);
  return frame.text.slice(start, end);
}

/** A rule whose match names its ends: slot groups `s` (subject) and `o` (object; `o2` for a second one). */
export interface SlotRule {
  readonly pattern: RegExp;
  readonly type: RelationType;
  readonly rule: string;
  readonly confidence: number;
}

/**
 * The relations a list of slot rules propose in a frame; `subjectOf` replaces the subject slot (for rules whose
 * subject is the sentence's), `end` maps each end (a capital standing for its state).
 */
export function slotRelations(
  frame: Frame,
  rules: readonly SlotRule[],
  options: {
    subjectOf?: Slot | undefined;
    end?: (e: ProposalEnd | undefined) => ProposalEnd | undefined;
  } = {},
): RelationProposal[] {
  const end = options.end ?? ((e: ProposalEnd | undefined) => e);
  const found: RelationProposal[] = [];
  for (const spec of rules) {
    for (const m of matches(frame, spec.pattern)) {
      const subject = options.subjectOf?.ref ?? frame.slot(m.groups.s)?.ref;
      for (const o of [m.groups.o, m.groups.o2]) {
        if (o === undefined) continue;
        const p = relationFrom(frame, m, {
          ...spec,
          subject: end(subject),
          object: end(frame.slot(o)?.ref),
          widenTo: options.subjectOf,
        });
        if (p) found.push(p);
      }
    }
  }
  return found;
}
