import { cypher } from '../../neo4j/catalogue.js';
import type { Db } from '../../neo4j/db.js';
import { evidenceRow, parseRows, type EvidenceRow } from '../rows.js';

const evidenceQuery = cypher('graph/evidence');

/** Evidence for any number of claims (relationship or fact ids) in one statement, grouped by claim id. */
export async function findEvidence(db: Db, claimIds: readonly string[]): Promise<Map<string, EvidenceRow[]>> {
  const rows = parseRows(evidenceRow, await db.read(evidenceQuery, { ids: claimIds }));
  const byClaim = new Map<string, EvidenceRow[]>();
  for (const r of rows) byClaim.set(r.claimId, [...(byClaim.get(r.claimId) ?? []), r]);
  return byClaim;
}

export interface CorroborationValue {
  articles: number;
  outlets: number;
  outletNames: string[];
}

/**
 * How widely a claim is supported. Outlets are what independence is about: three articles from one outlet
 * are one voice. An article whose outlet is unknown cannot be shown to share one, so it counts as its own.
 */
export function corroboration(evidence: readonly EvidenceRow[]): CorroborationValue {
  const articles = new Map<string, string | null>();
  for (const e of evidence) articles.set(e.article.id, e.article.outlet);
  const named = new Set<string>();
  let unnamed = 0;
  for (const outlet of articles.values()) {
    if (outlet === null || outlet.trim() === '') unnamed += 1;
    else named.add(outlet.trim());
  }
  return { articles: articles.size, outlets: named.size + unnamed, outletNames: [...named].sort() };
}
