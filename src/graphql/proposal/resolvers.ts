import { badInput } from '../../errors.js';
import { candidateId } from '../../ingest/pipeline.js';
import { proposalStatusValues } from '../enums.js';
import type {
  DescribedEndResolvers,
  ProposalAcceptanceResolvers,
  ProposalConnectionResolvers,
  ProposalEndResolvers,
  ProposalResolvers,
  QueryResolvers,
  Resolvers,
} from '../generated/resolvers.js';
import { checkPageSize } from '../limits.js';
import { connectionFields } from '../pagination.js';
import { factRow, statementRow } from '../rows.js';
import { referencedArticle } from '../shared.js';
import { cypher } from '../../neo4j/catalogue.js';
import { findProposalPage, findRelation } from './queries.js';

const statementQ = cypher('proposal/statement');
const factQ = cypher('proposal/fact');

// Query.proposals → findProposalPage → cypher/queries/proposal/page.cypher (editor-only: see auth.ts)
const proposals: NonNullable<QueryResolvers['proposals']> = (_, { filter, first, after }, ctx) => {
  checkPageSize(ctx.config, first);
  const minConfidence = filter?.minConfidence ?? 0;
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    throw badInput('"filter.minConfidence" must be between 0 and 1', { argument: 'filter.minConfidence' });
  }
  return findProposalPage(
    ctx.db,
    {
      status: filter?.status ?? proposalStatusValues.PENDING,
      article: filter?.article ?? null,
      entity: filter?.entity ?? null,
      kind: filter?.kind ?? null,
      type: filter?.type ?? null,
      minConfidence,
    },
    first,
    after,
  );
};

const Proposal: ProposalResolvers = {
  kind: (p) => p.kind,
  status: (p) => p.status,
  subject: (p) => {
    if (!p.subject) throw new Error(`Proposal ${p.id} has no subject`);
    return p.subject;
  },
  quoteMode: (p) => p.mode,
  time: (p) =>
    p.kind === 'relation' && p.at ? { at: p.at, start: null, end: null, precision: p.precision } : null,
  evidence: async (p, _, ctx) => ({
    claimId: p.id,
    article: await referencedArticle(ctx.loaders, p.articleId),
    sentence: p.sentence,
    sentenceIndex: p.sentenceIndex,
    sentenceStart: p.sentenceStart,
    quote: p.evidenceQuote,
    start: p.start,
    end: p.end,
  }),
};

const ProposalEnd: ProposalEndResolvers = {
  entity: (e, _, ctx) => (e.type === 'entity' ? ctx.loaders.entities.load(e.entityId) : null),
  candidate: (e, _, ctx) =>
    e.type === 'candidate' ? ctx.loaders.candidates.load(candidateId(e.candidateKey)) : null,
  described: (e) => (e.type === 'described' ? e : null),
};

const DescribedEnd: DescribedEndResolvers = {
  links: (d) => [...d.links],
};

const ProposalConnection: ProposalConnectionResolvers = connectionFields;

// Each is read once after the write (one statement, at most one per accepted proposal in a request).
const ProposalAcceptance: ProposalAcceptanceResolvers = {
  relation: (a, _, ctx) => (a.relationId ? findRelation(ctx.db, a.relationId) : null),
  statement: async (a, _, ctx) => {
    if (!a.statementId) return null;
    const [row] = await ctx.db.read(statementQ, { id: a.statementId });
    return row ? statementRow.parse(row.statement) : null;
  },
  fact: async (a, _, ctx) => {
    if (!a.factId) return null;
    const [row] = await ctx.db.read(factQ, { id: a.factId });
    return row ? factRow.parse(row) : null;
  },
  created: async (a, _, ctx) =>
    (await ctx.loaders.entities.loadMany(a.createdIds)).flatMap((e) =>
      e && !(e instanceof Error) ? [e] : [],
    ),
};

export const proposalResolvers: Resolvers = {
  Query: { proposals },
  Proposal,
  ProposalEnd,
  DescribedEnd,
  ProposalConnection,
  ProposalAcceptance,
};
