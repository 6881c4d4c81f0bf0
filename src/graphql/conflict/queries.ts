import { z } from 'zod';
import { cypher } from '../../neo4j/catalogue.js';
import type { Db } from '../../neo4j/db.js';
import { int } from '../params.js';
import { factRow, parseRows, type ConflictRow } from '../rows.js';

const listQuery = cypher('conflict/list');

const conflictRow = z.object({
  subjectId: z.string(),
  property: z.string(),
  values: z.array(z.object({ value: z.string(), claims: z.array(factRow) })),
});

/** Subject/property pairs with more than one stated value, each value with its claims. */
export async function findConflicts(
  db: Db,
  args: { subject: string | null; first: number },
): Promise<ConflictRow[]> {
  return parseRows(
    conflictRow,
    await db.read(listQuery, { subject: args.subject, first: int(args.first) }),
  ).map((c) => ({
    ...c,
    values: c.values.map((v) => ({
      value: v.value,
      // The claims of one value agree on it; the first that words it differently gives the wording.
      valueText: v.claims.map((f) => f.valueText).find((t) => t !== null && t !== v.value) ?? null,
      precision: v.claims.map((f) => f.precision).find((p) => p !== null) ?? null,
      claims: v.claims,
    })),
  }));
}
