/**
 * Proposal rows: a `Proposal` node's properties parsed at the boundary. Ends are stored as JSON (the propose
 * stage's ProposalEnd) and parsed back here with zod, so a malformed stored end fails loudly.
 */
import { z } from 'zod';
import { ENTITY_KINDS, RELATION_TYPES } from '../../graph/relation-types.js';
import type { DescribedEnd, DescribedLink, NamedEnd, ProposalEnd } from '../../ingest/propose/index.js';
import { optInt, optText, type Page } from '../rows.js';

const entityEnd = z.object({
  type: z.literal('entity'),
  entityId: z.string(),
  kind: z.enum(ENTITY_KINDS),
  name: z.string(),
});
const candidateEnd = z.object({
  type: z.literal('candidate'),
  candidateKey: z.string(),
  kind: z.enum(['Person', 'Organisation', 'Place']),
  name: z.string(),
});
const namedEnd = z.discriminatedUnion('type', [entityEnd, candidateEnd]);
const describedEnd = z.object({
  type: z.literal('described'),
  kind: z.enum(['Route', 'Event', 'Agreement']),
  sort: z.string(),
  links: z.array(z.object({ type: z.enum(RELATION_TYPES), direction: z.enum(['out', 'in']), end: namedEnd })),
  unordered: z.boolean(),
  name: z.string(),
});
const proposalEnd = z.discriminatedUnion('type', [entityEnd, candidateEnd, describedEnd]);

const storedEnd = z
  .string()
  .nullish()
  .transform((v): ProposalEnd | null => (v ? proposalEnd.parse(JSON.parse(v)) : null));

export const proposalRow = z.object({
  id: z.string(),
  kind: z.enum(['relation', 'statement', 'fact']),
  status: z.enum(['pending', 'accepted', 'rejected']).catch('pending'),
  rule: z.string(),
  confidence: z.number(),
  type: z
    .enum(RELATION_TYPES)
    .nullish()
    .transform((v) => v ?? null),
  role: optText,
  at: optText,
  subject: storedEnd,
  object: storedEnd,
  quote: optText,
  quoteStart: optInt,
  quoteEnd: optInt,
  mode: z
    .enum(['direct', 'indirect'])
    .nullish()
    .transform((v) => v ?? null),
  about: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? []),
  property: optText,
  value: optText,
  valueText: optText,
  precision: z
    .enum(['year', 'month', 'day'])
    .nullish()
    .transform((v) => v ?? null),
  articleId: z.string(),
  sentence: z.string(),
  sentenceIndex: optInt,
  sentenceStart: optInt,
  start: z.number().int(),
  end: z.number().int(),
  evidenceQuote: z.string(),
  createdAt: z.string(),
  reviewedAt: optText,
  reviewedBy: optText,
  reason: optText,
  resultId: optText,
  createdIds: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? []),
});
export type ProposalRow = z.infer<typeof proposalRow>;

export type ProposalEndValue = ProposalEnd;
export type DescribedEndValue = DescribedEnd;
export type DescribedLinkValue = DescribedLink;
export type { NamedEnd };

/** A keyset page: the items, whether more follow, and the total matching the filter. */
export type ProposalPage = Page<ProposalRow>;

export interface ProposalEdgeValue {
  cursor: string;
  node: ProposalRow;
}

export interface AcceptanceValue {
  proposal: ProposalRow;
  relationId: string | null;
  statementId: string | null;
  factId: string | null;
  createdIds: string[];
}
