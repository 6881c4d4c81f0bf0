/**
 * Storing an article's proposals, in the article's own write transaction: one `Proposal` node each, keyed by a
 * stable id derived from the article and what the proposal says, so re-ingesting writes nothing new. Ends are
 * kept as JSON (with the entity ids filterable as properties): proposals never touch an entity or a candidate.
 */
import { createHash } from 'node:crypto';
import { cypher } from '../neo4j/catalogue.js';
import type { WriteTx } from '../neo4j/db.js';
import { proposalKey, type Proposal, type ProposalEnd } from './propose/index.js';
import type { Sentence } from './sentences.js';

const mergeProposalsQ = cypher('proposal/merge');

type Scalar = string | number | boolean | null;

export interface ProposalRecord {
  id: string;
  /** Flat properties of the Proposal node (see cypher/queries/proposal/merge.cypher). */
  props: Record<string, Scalar | string[]>;
}

export const proposalId = (articleId: string, p: Proposal): string =>
  `proposal/${createHash('sha256')
    .update(`${articleId}\n${proposalKey(p)}\n${String(p.evidence.start)}`)
    .digest('hex')
    .slice(0, 16)}`;

const entityIdOf = (end: ProposalEnd | null): string | null => (end?.type === 'entity' ? end.entityId : null);

function endProps(prefix: 'subject' | 'object', end: ProposalEnd | null): Record<string, Scalar> {
  return {
    [prefix]: end ? JSON.stringify(end) : null,
    [`${prefix}Id`]: entityIdOf(end),
    [`${prefix}Name`]: end?.name ?? null,
    [`${prefix}Kind`]: end?.kind ?? null,
  };
}

export function proposalRecords(
  articleId: string,
  sentences: readonly Sentence[],
  proposals: readonly Proposal[],
): ProposalRecord[] {
  return proposals.map((p) => {
    const sentence = sentences[p.evidence.sentenceIndex];
    const common = {
      kind: p.kind,
      rule: p.rule,
      confidence: p.confidence,
      sentence: sentence?.text ?? '',
      sentenceIndex: p.evidence.sentenceIndex,
      sentenceStart: sentence?.start ?? 0,
      start: p.evidence.start,
      end: p.evidence.end,
      evidenceQuote: p.evidence.quote,
    };
    switch (p.kind) {
      case 'relation':
        return {
          id: proposalId(articleId, p),
          props: {
            ...common,
            type: p.type,
            role: p.role,
            at: p.at?.value ?? null,
            precision: p.at?.precision ?? null,
            ...endProps('subject', p.subject),
            ...endProps('object', p.object),
          },
        };
      case 'statement':
        return {
          id: proposalId(articleId, p),
          props: {
            ...common,
            ...endProps('subject', p.speaker),
            ...endProps('object', null),
            quote: p.quote,
            quoteStart: p.quoteStart,
            quoteEnd: p.quoteEnd,
            mode: p.mode,
            about: [...p.about],
          },
        };
      case 'fact':
        return {
          id: proposalId(articleId, p),
          props: {
            ...common,
            ...endProps('subject', p.subject),
            ...endProps('object', null),
            property: p.property,
            value: p.value,
            valueText: p.valueText,
            precision: p.precision,
          },
        };
    }
  });
}

/** Writes proposals, each carrying its article's stored id, in the caller's transaction; ids sorted so
 * concurrent writers lock in one order. */
export async function writeProposalsTx(
  tx: WriteTx,
  records: readonly (ProposalRecord & { articleId: string })[],
): Promise<void> {
  if (records.length === 0) return;
  const sorted = [...records].sort((a, b) => a.id.localeCompare(b.id));
  await tx.run(mergeProposalsQ, { proposals: sorted });
}
