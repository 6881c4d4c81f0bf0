import { cypher } from '../neo4j/catalogue.js';
import type { Db } from '../neo4j/db.js';

const awaitArticleIndexQ = cypher('search/await-article-index');

/**
 * Waits until every committed article is in the article text index. That index is near-real-time (migration
 * 025: an ingest's commit does not wait for Lucene), so bulk loads (seeding, imports) call this before they report
 * done, and a service that says it is seeded also finds the seeded text.
 */
export async function awaitArticleIndex(db: Db): Promise<void> {
  await db.read(awaitArticleIndexQ);
}
