import type { Driver } from 'neo4j-driver';
import type { ServiceEvents } from '../events.js';
import type { Logger } from '../logger.js';
import { instrumentDriver } from '../metrics/instrument-driver.js';
import type { Neo4jObserver } from '../metrics/metrics.js';
import { loadCatalogue, type QueryCatalogue } from './catalogue.js';
import { Db, MIGRATION_QUERY_TIMEOUT_MS } from './db.js';
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
  maxConcurrentQueries?: number;
  maxConcurrentHeavy?: number;
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
  hooks: {
    /** What the reliability layer reports (circuit, refusals), for metrics. */
    events?: ServiceEvents;
    /** Told about every round trip (metrics); see instrument-driver.ts. */
    observers?: readonly Neo4jObserver[];
  } = {},
): Promise<ConnectedGraph> {
  // Every module that names a Cypher statement is imported by now, so a missing file fails here.
  const catalogue = loadCatalogue();
  catalogue.assertComplete();
  const opened = await openDriver({ ...neo4j, acquisitionTimeoutMs: settings.acquisitionTimeoutMs }, logger);
  const driver = instrumentDriver(opened.driver, hooks.observers ?? []);
  const { closeLog } = opened;
  const db = new Db(
    driver,
    catalogue,
    {
      database: neo4j.database,
      queryTimeoutMs: settings.queryTimeoutMs,
      // A statement waits for a slot no longer than it would for a pooled connection.
      slotWaitMs: settings.acquisitionTimeoutMs,
      ...(settings.maxConcurrentQueries ? { maxConcurrentQueries: settings.maxConcurrentQueries } : {}),
      ...(settings.maxConcurrentHeavy ? { maxConcurrentHeavy: settings.maxConcurrentHeavy } : {}),
    },
    hooks.events ? { events: hooks.events } : {},
  );
  const close = async (): Promise<void> => {
    await driver.close();
    closeLog();
  };
  try {
    await applyMigrations(db.withQueryTimeout(MIGRATION_QUERY_TIMEOUT_MS), logger);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, driver, catalogue, close };
}
