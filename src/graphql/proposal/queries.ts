import { z } from 'zod';
import { badInput } from '../../errors.js';
import { cypher } from '../../neo4j/catalogue.js';
import type { Db } from '../../neo4j/db.js';
import { int } from '../params.js';
import { relationRow, type RelationRow } from '../rows.js';
import { proposalRow, type ProposalPage, type ProposalRow } from './rows.js';

const pageQ = cypher('proposal/page');
const byIdsQ = cypher('proposal/by-ids');
const relationQ = cypher('proposal/relation');

/** One relationship by id (what accepting a proposal made or added evidence to), or null. */
export async function findRelation(db: Db, id: string): Promise<RelationRow | null> {
  const [row] = await db.read(relationQ, { id });
  return row ? relationRow.parse(row) : null;
}

/**
 * Keyset cursors for the review queue: a proposal's confidence and id, the sort key. Opaque to clients; a deep
 * page costs what the first does.
 */
const PREFIX = 'kp1:';

export function proposalCursor(p: Pick<ProposalRow, 'confidence' | 'id'>): string {
  return Buffer.from(`${PREFIX}${String(p.confidence)}:${p.id}`, 'utf8').toString('base64url');
}

export function parseProposalCursor(
  after: string | null | undefined,
): { confidence: number; id: string } | null {
  if (after === null || after === undefined) return null;
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const [confidence, ...id] = decoded.startsWith(PREFIX) ? decoded.slice(PREFIX.length).split(':') : [];
  const value = Number(confidence);
  if (confidence === undefined || confidence === '' || !Number.isFinite(value) || id.length === 0) {
    throw badInput(`"after" is not a cursor returned by this API: ${JSON.stringify(after)}`, {
      argument: 'after',
    });
  }
  return { confidence: value, id: id.join(':') };
}

export interface ProposalFilterValue {
  status: string;
  article: string | null;
  entity: string | null;
  kind: string | null;
  type: string | null;
  minConfidence: number;
}

export async function findProposalPage(
  db: Db,
  filter: ProposalFilterValue,
  first: number,
  after: string | null | undefined,
): Promise<ProposalPage> {
  const cursor = parseProposalCursor(after);
  const [row] = await db.read(pageQ, {
    ...filter,
    afterConfidence: cursor?.confidence ?? null,
    afterId: cursor?.id ?? null,
    limit: int(first + 1),
  });
  const parsed = z.object({ totalCount: z.number().int(), items: z.array(proposalRow) }).parse(row);
  const items = parsed.items.slice(0, first);
  return {
    items,
    cursors: items.map(proposalCursor),
    totalCount: parsed.totalCount,
    hasNextPage: parsed.items.length > first,
    hasPreviousPage: cursor !== null,
  };
}

export async function findProposals(db: Db, ids: readonly string[]): Promise<ProposalRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.read(byIdsQ, { ids });
  return rows.map((r) => proposalRow.parse(r.proposal));
}
