import { cypher } from '../../neo4j/catalogue.js';
import type { Db } from '../../neo4j/db.js';
import { evidenceRow, parseRows, type EvidenceRow } from '../rows.js';

const evidenceQuery = cypher('graph/evidence');
const factValueEvidenceQuery = cypher('graph/fact-value-evidence');

/** Evidence rows grouped by claim id, each group in the rows' order. */
export function byClaimId(rows: readonly EvidenceRow[]): Map<string, EvidenceRow[]> {
  const byClaim = new Map<string, EvidenceRow[]>();
  for (const r of rows) byClaim.set(r.claimId, [...(byClaim.get(r.claimId) ?? []), r]);
  return byClaim;
}

/** Evidence for any number of claims (relationship or fact ids) in one statement, grouped by claim id. */
export async function findEvidence(db: Db, claimIds: readonly string[]): Promise<Map<string, EvidenceRow[]>> {
  return byClaimId(parseRows(evidenceRow, await db.read(evidenceQuery, { ids: claimIds })));
}

/**
 * Evidence for the value each fact claim states: its own sentences and those of every other claim of the same
 * value about the same subject. A fact is stored once per source (so a source's wording stays its own); what
 * several sources agree on is corroborated by all of them.
 */
export async function findFactValueEvidence(
  db: Db,
  claimIds: readonly string[],
): Promise<Map<string, EvidenceRow[]>> {
  return byClaimId(parseRows(evidenceRow, await db.read(factValueEvidenceQuery, { ids: claimIds })));
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
