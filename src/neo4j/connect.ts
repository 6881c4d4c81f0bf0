import type { Driver } from 'neo4j-driver';
import type { Logger } from '../logger.js';
import { instrumentDriver } from '../metrics/instrument-driver.js';
import type { Neo4jObserver } from '../metrics/metrics.js';
import { loadCatalogue, type QueryCatalogue } from './catalogue.js';
import { Db } from './db.js';
import { openDriver } from './driver.js';
import { applyMigrations } from './migrations.js';

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface ConnectSettings {
  acquisitionTimeoutMs: number;
  queryTimeoutMs: number;
}

export interface ConnectedGraph {
  db: Db;
  driver: Driver;
  catalogue: QueryCatalogue;
  close: () => Promise<void>;
}

/**
 * What every process that talks to the graph does first (the service, the ingest CLI, tests, benchmarks):
 * load the Cypher catalogue and check it against the code, open the driver, and bring the schema up to date.
 */
export async function connectGraph(
  neo4j: Neo4jConnection,
  settings: ConnectSettings,
  logger: Logger,
  /** Told about every round trip (metrics); see instrument-driver.ts. */
  observers: readonly Neo4jObserver[] = [],
): Promise<ConnectedGraph> {
  // Every module that names a Cypher statement is imported by now, so a missing file fails here.
  const catalogue = loadCatalogue();
  catalogue.assertComplete();
  const driver = instrumentDriver(
    await openDriver({ ...neo4j, acquisitionTimeoutMs: settings.acquisitionTimeoutMs }, logger),
    observers,
  );
  const db = new Db(driver, catalogue, { database: neo4j.database, queryTimeoutMs: settings.queryTimeoutMs });
  try {
    await applyMigrations(db, logger);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return { db, driver, catalogue, close: () => driver.close() };
}
