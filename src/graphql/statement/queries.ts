import { z } from 'zod';
import { cypher } from '../../neo4j/catalogue.js';
import type { Db } from '../../neo4j/db.js';
import { int } from '../params.js';
import { parseRows, statementRow, type StatementRow } from '../rows.js';

const byEntitiesQuery = cypher('statement/by-entities');
const byArticlesQuery = cypher('statement/by-articles');

export type StatementRoleFilter = 'SPEAKER' | 'SUBJECT' | 'ANY';

/** Statements by, about or involving each entity, at most `first` each, in one statement. */
export async function findStatementsByEntities(
  db: Db,
  ids: readonly string[],
  filter: { role: StatementRoleFilter; first: number },
): Promise<Map<string, StatementRow[]>> {
  const rows = parseRows(
    z.object({ id: z.string(), items: z.array(statementRow) }),
    await db.read(byEntitiesQuery, { ids, role: filter.role, first: int(filter.first) }),
  );
  return new Map(rows.map((r) => [r.id, r.items]));
}

/** Statements reported in each article, in text order, in one statement. */
export async function findStatementsByArticles(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, StatementRow[]>> {
  const rows = parseRows(
    z.object({ id: z.string(), statement: statementRow }),
    await db.read(byArticlesQuery, { ids }),
  );
  const byArticle = new Map<string, StatementRow[]>();
  for (const r of rows) byArticle.set(r.id, [...(byArticle.get(r.id) ?? []), r.statement]);
  return byArticle;
}
