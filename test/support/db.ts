import { inject } from 'vitest';
import { graphChecksum, type GraphSource, type GraphSummary } from '../../src/backup/read-graph.js';
import { loadConfig } from '../../src/config.js';
import { seedIfEmpty } from '../../src/ingest/seed.js';
import { createLogger } from '../../src/logger.js';
import { connectGraph } from '../../src/neo4j/connect.js';
import type { Db } from '../../src/neo4j/db.js';
import { toPlain } from '../../src/neo4j/values.js';

export interface TestDb {
  db: Db;
  /** Assertions may read the graph with their own Cypher; the service's statements live in cypher/. */
  query(text: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  /** Every node, relationship, label, type and property value, as one checksum (src/backup/digest.ts). */
  checksum(): Promise<GraphSummary>;
  /** The graph as export and checksum read it. */
  source: GraphSource;
  close(): Promise<void>;
}

/**
 * A Db on the test Neo4j with the migrations applied and the curated graph and corpus loaded (once per
 * run: seeding does nothing on a graph that has data). Tests that write use ids of their own.
 */
export async function openTestDb(): Promise<TestDb> {
  const neo4j = inject('neo4j');
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const logger = createLogger('silent');
  const { db, driver, catalogue, close } = await connectGraph(
    neo4j,
    { acquisitionTimeoutMs: 5_000, queryTimeoutMs: 30_000 },
    logger,
  );
  await seedIfEmpty({ db, logger, corpusDir: config.corpusDir });
  const source: GraphSource = { driver, database: neo4j.database, catalogue };
  return {
    db,
    query: async (text, params = {}) => {
      const result = await driver.executeQuery(text, params, { database: neo4j.database });
      return result.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
    },
    checksum: () => graphChecksum(source),
    source,
    close,
  };
}

/** Nodes and relationships in the whole graph: a rejected write must leave both unchanged. */
export async function graphSize(t: TestDb): Promise<{ nodes: number; relationships: number }> {
  const [row] = await t.query('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS relationships');
  return { nodes: Number(row?.nodes), relationships: Number(row?.relationships) };
}

/**
 * Entities another tool could have written that the service does not expect, to force internal errors the
 * realistic way: one of an unknown kind (its row fails validation in our code when read) and one with a
 * numeric name (Neo4j's own `toLower` fails on it inside the entities filter). Returns their ids.
 */
export async function insertMalformedEntities(
  t: TestDb,
  suffix: string,
): Promise<{ alienKind: string; numericName: string; remove(): Promise<void> }> {
  const ids = { alienKind: `test/alien-kind-${suffix}`, numericName: `test/numeric-name-${suffix}` };
  await t.query(
    `CREATE (:Entity {id: $alienKind, kind: 'Spaceship', name: 'Alien probe', aliases: ['Alien probe']})
     CREATE (:Entity:Person {id: $numericName, kind: 'Person', name: 42, aliases: []})`,
    ids,
  );
  return {
    ...ids,
    remove: async () => {
      await t.query('MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e', { ids: Object.values(ids) });
    },
  };
}

/**
 * Deletes articles a test ingested, with the proposals read in them and the candidates only they proposed (a
 * name others propose stays).
 */
export async function removeArticles(t: TestDb, articleIds: readonly string[]): Promise<void> {
  await t.query(
    `MATCH (a:Article) WHERE a.id IN $articles
     OPTIONAL MATCH (c:Candidate)-[:PROPOSED_IN]->(a)
     WHERE NOT EXISTS { (c)-[:PROPOSED_IN]->(o:Article) WHERE NOT o.id IN $articles }
     OPTIONAL MATCH (p:Proposal) WHERE p.articleId = a.id
     DETACH DELETE c, p, a`,
    { articles: articleIds },
  );
}

/** Deletes entities a test created, with the relationships' claims that name them. */
export async function deleteEntities(t: TestDb, ids: readonly string[]): Promise<void> {
  await t.query(
    `MATCH (e:Entity) WHERE e.id IN $ids
     OPTIONAL MATCH (c:Claim) WHERE c.subjectId IN $ids OR c.objectId IN $ids
     DETACH DELETE e, c`,
    { ids },
  );
}
