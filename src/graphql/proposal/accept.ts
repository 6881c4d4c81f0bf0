/**
 * Accepting and rejecting proposals. Accepting writes what the proposal states with its evidence, through the
 * same writes ingestion and `addRelation` use (ingest/upsert-relations, -facts, -statements): a relation that
 * already exists between the same ends gets the evidence added; otherwise its id is derived as `addRelation`
 * derives it. Candidate ends are resolved first; a described route, event or agreement is found by its ties or
 * created with them. The review is recorded on the proposal, so accepting again returns the same result.
 */
import { createHash } from 'node:crypto';
import { AppError, notFound } from '../../errors.js';
import type { EntityKind, RelationType } from '../../graph/relation-types.js';
import { RELATION_END_KINDS } from '../../ingest/curated-schema.js';
import type { DescribedEnd, ProposalEnd } from '../../ingest/propose/index.js';
import { resolveEntities } from '../../ingest/resolve-entities.js';
import {
  upsertEntities,
  upsertFacts,
  upsertRelations,
  upsertStatements,
  type EvidenceRecord,
} from '../../ingest/write.js';
import { cypher } from '../../neo4j/catalogue.js';
import type { WriteTx } from '../../neo4j/db.js';
import { newEntityId } from '../mutation/entity.js';
import { relationId, timeProps } from '../mutation/relation.js';
import type { CurationDeps } from '../mutation/shared.js';
import { namedEnds, namedKey, resolveNamedEnd, type ResolvedEnd } from './ends.js';
import { findProposals } from './queries.js';
import { proposalRow, type AcceptanceValue, type ProposalRow } from './rows.js';

const lockQ = cypher('proposal/lock');
const findDescribedQ = cypher('proposal/find-described');
const existingRelationsQ = cypher('proposal/existing-relations');
const markReviewedQ = cypher('proposal/mark-reviewed');

const SYMMETRIC: ReadonlySet<RelationType> = new Set(['MET', 'COOPERATES_WITH']);
const SORT_PROPERTY: Readonly<Record<DescribedEnd['kind'], string>> = {
  Route: 'mode',
  Event: 'eventType',
  Agreement: 'agreementKind',
};

const hash = (...parts: string[]): string =>
  createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 16);

function acceptance(p: ProposalRow): AcceptanceValue {
  return {
    proposal: p,
    relationId: p.kind === 'relation' ? p.resultId : null,
    statementId: p.kind === 'statement' ? p.resultId : null,
    factId: p.kind === 'fact' ? p.resultId : null,
    createdIds: p.createdIds,
  };
}

async function loadProposal(deps: CurationDeps, id: string): Promise<ProposalRow> {
  const [proposal] = await findProposals(deps.db, [id]);
  if (!proposal) throw notFound('Proposal', id);
  return proposal;
}

function checkKinds(type: RelationType, subject: EntityKind, object: EntityKind): void {
  const ends = RELATION_END_KINDS[type];
  if (ends && (!ends[0].includes(subject) || !ends[1].includes(object))) {
    throw new AppError(
      'CONFLICT',
      `${type} connects ${ends[0].join('/')} to ${ends[1].join('/')}; the ends resolved to ${subject} and ${object}`,
      { type },
    );
  }
}

interface TxState {
  tx: WriteTx;
  proposal: ProposalRow;
  evidence: EvidenceRecord;
  named: ReadonlyMap<string, ResolvedEnd>;
  created: string[];
}

/** The entity a described route, event or agreement is: the one tied to the same ends, or a new one. */
async function describedEntity(s: TxState, end: DescribedEnd): Promise<string> {
  const idOf = (e: (typeof end.links)[number]['end']): string => s.named.get(namedKey(e))?.id ?? '';
  const links = end.links.map((l) => ({ type: l.type, direction: l.direction, endId: idOf(l.end) }));
  const rows = await s.tx.run(findDescribedQ, { kind: end.kind, links, unordered: end.unordered });
  const found = rows.map((r) => ({ id: String(r.id), sort: String(r.sort) }));
  const head = end.sort.toLowerCase().split(/\s+/u).pop() ?? '';
  const same = found.length > 1 ? found.filter((f) => f.sort.includes(head)) : found;
  if (same.length === 1 && same[0]) return same[0].id;
  if (same.length > 1) {
    throw new AppError(
      'CONFLICT',
      `The ${end.kind.toLowerCase()} "${end.name}" matches several entities: add the relation by hand`,
      {
        candidates: same.map((f) => f.id),
      },
    );
  }
  const id = newEntityId(end.kind, end.name);
  await upsertEntities(s.tx, [
    { id, kind: end.kind, name: end.name, aliases: [], props: { [SORT_PROPERTY[end.kind]]: end.sort } },
  ]);
  await upsertRelations(
    s.tx,
    end.links.map((l) => {
      const [from, to] = l.direction === 'out' ? [id, idOf(l.end)] : [idOf(l.end), id];
      return {
        id: relationId(l.type, from, to, null, {}),
        type: l.type,
        from,
        to,
        props: {},
        evidence: [s.evidence],
      };
    }),
  );
  s.created.push(id);
  return id;
}

async function endId(s: TxState, end: ProposalEnd | null): Promise<{ id: string; kind: EntityKind }> {
  if (!end) throw new Error(`Proposal ${s.proposal.id} has no end where one is needed`);
  if (end.type === 'described') return { id: await describedEntity(s, end), kind: end.kind };
  const resolved = s.named.get(namedKey(end));
  if (!resolved) throw new Error(`End ${end.name} of ${s.proposal.id} was not resolved`);
  return resolved;
}

async function writeRelation(s: TxState): Promise<string> {
  const p = s.proposal;
  const type = p.type;
  if (!type) throw new Error(`Relation proposal ${p.id} has no type`);
  const subject = await endId(s, p.subject);
  const object = await endId(s, p.object);
  checkKinds(type, subject.kind, object.kind);
  const rows = await s.tx.run(existingRelationsQ, {
    type,
    subjectId: subject.id,
    objectId: object.id,
    symmetric: SYMMETRIC.has(type),
  });
  const time = p.at ? timeProps({ at: p.at, precision: p.precision }) : {};
  const role = p.role?.toLowerCase() ?? null;
  // Evidence joins a stored relationship of the same type between the same ends, unless both give a role or a
  // time and they differ: then it is another office, another meeting.
  const existing = rows.find((r) => {
    const stored = typeof r.role === 'string' ? r.role.toLowerCase() : null;
    const at = typeof r.at === 'string' ? r.at : null;
    return (stored === null || role === null || stored === role) && (at === null || !p.at || at === p.at);
  });
  if (existing) {
    const forward = existing.forward === true;
    const [from, to] = forward ? [subject.id, object.id] : [object.id, subject.id];
    await upsertRelations(s.tx, [
      { id: String(existing.id), type, from, to, props: {}, evidence: [s.evidence] },
    ]);
    return String(existing.id);
  }
  const id = relationId(type, subject.id, object.id, p.role, time);
  const props = { ...time, ...(p.role ? { role: p.role } : {}) };
  await upsertRelations(s.tx, [{ id, type, from: subject.id, to: object.id, props, evidence: [s.evidence] }]);
  return id;
}

async function writeStatement(s: TxState): Promise<string> {
  const p = s.proposal;
  const speaker = await endId(s, p.subject);
  const id = `stmt/${hash(p.articleId, speaker.id, String(p.quoteStart), String(p.quoteEnd))}`;
  await upsertStatements(s.tx, [
    {
      id,
      speakerId: speaker.id,
      about: p.about,
      articleId: p.articleId,
      quote: p.quote ?? '',
      sentence: p.sentence,
      start: p.quoteStart ?? p.start,
      end: p.quoteEnd ?? p.end,
      date: null,
      precision: null,
    },
  ]);
  return id;
}

async function writeFact(s: TxState): Promise<string> {
  const p = s.proposal;
  const subject = await endId(s, p.subject);
  const value = p.value ?? '';
  const id = `fact/${hash(subject.id, p.property ?? '', value, p.articleId)}`;
  await upsertFacts(s.tx, [
    {
      id,
      subjectId: subject.id,
      property: p.property ?? '',
      value,
      valueText: p.valueText ?? value,
      precision: p.precision,
      evidence: [s.evidence],
    },
  ]);
  return id;
}

export async function acceptProposal(deps: CurationDeps, id: string): Promise<AcceptanceValue> {
  const before = await loadProposal(deps, id);
  if (before.status === 'accepted') return acceptance(before);
  if (before.status === 'rejected') {
    throw new AppError(
      'CONFLICT',
      `Proposal ${id} was rejected${before.reason ? ` (${before.reason})` : ''}`,
      { id },
    );
  }
  // Candidate names become entities first, each in resolveCandidate's own transaction (idempotent).
  const named = new Map<string, ResolvedEnd>();
  for (const end of namedEnds([before.subject, before.object]))
    named.set(namedKey(end), await resolveNamedEnd(deps, end));
  const result = await deps.db.writeTransaction('proposal/accept', async (tx) => {
    const [row] = await tx.run(lockQ, { id });
    const proposal = proposalRow.parse(row?.proposal);
    if (proposal.status !== 'pending') return proposal;
    // Ends resolved (a merged-away id leads to the entity it went into) and locked in one order, so two
    // acceptances describing the same route cannot both create it.
    const resolved = await resolveEntities(
      tx,
      [...named.values()].map((e) => e.id),
    );
    if (resolved.missing.length > 0) {
      throw new AppError(
        'CONFLICT',
        `The entity "${resolved.missing.join('", "')}" no longer exists (deleted): add the relation by hand`,
        { entityIds: resolved.missing },
      );
    }
    const current = new Map([...named].map(([key, end]) => [key, { ...end, id: resolved.id(end.id) }]));
    const s: TxState = {
      tx,
      proposal,
      named: current,
      created: [...named.values()].filter((e) => e.created).map((e) => e.id),
      evidence: {
        articleId: proposal.articleId,
        quote: proposal.evidenceQuote,
        start: proposal.start,
        end: proposal.end,
        sentence: proposal.sentence,
        sentenceIndex: proposal.sentenceIndex ?? 0,
        sentenceStart: proposal.sentenceStart ?? 0,
      },
    };
    const resultId =
      proposal.kind === 'relation'
        ? await writeRelation(s)
        : proposal.kind === 'statement'
          ? await writeStatement(s)
          : await writeFact(s);
    const [marked] = await tx.run(markReviewedQ, {
      id,
      status: 'accepted',
      by: deps.actor,
      reason: null,
      resultId,
      createdIds: s.created,
    });
    return proposalRow.parse(marked?.proposal);
  });
  if (result.status === 'rejected')
    throw new AppError('CONFLICT', `Proposal ${id} was rejected meanwhile`, { id });
  if (result.createdIds.length > 0) deps.linkerCache?.invalidate();
  return acceptance(result);
}

export async function rejectProposal(
  deps: CurationDeps,
  id: string,
  reason: string | null,
): Promise<ProposalRow> {
  return deps.db.writeTransaction('proposal/reject', async (tx) => {
    const [row] = await tx.run(lockQ, { id });
    if (!row) throw notFound('Proposal', id);
    const proposal = proposalRow.parse(row.proposal);
    if (proposal.status === 'rejected') return proposal;
    if (proposal.status === 'accepted') {
      throw new AppError('CONFLICT', `Proposal ${id} was already accepted (${proposal.resultId ?? ''})`, {
        id,
        resultId: proposal.resultId,
      });
    }
    const [marked] = await tx.run(markReviewedQ, {
      id,
      status: 'rejected',
      by: deps.actor,
      reason,
      resultId: null,
      createdIds: [],
    });
    return proposalRow.parse(marked?.proposal);
  });
}
