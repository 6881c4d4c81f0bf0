import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import { mutationResolvers } from './graphql/mutation/resolvers.js';
import { createGraphQL } from './graphql/server.js';
import { ServiceEvents } from './events.js';
import { createApp } from './http/app.js';
import { RateLimits } from './http/rate-limit.js';
import { seedIfEmpty } from './ingest/seed.js';
import { LinkerCache } from './ingest/linker-cache.js';
import { AnalysisPool } from './ingest/worker/analysis-pool.js';
import type { Logger } from './logger.js';
import { connectGraph, type Neo4jConnection } from './neo4j/connect.js';
import type { Db } from './neo4j/db.js';
import type { GuardStats } from './neo4j/guard.js';

/** Hooks for metrics: events as they happen, and gauges read on demand. */
export interface Reliability {
  events: ServiceEvents;
  /** Circuit state and database lane occupancy. */
  database(): GuardStats;
  /** Analysis worker threads: how many, how many busy, articles waiting. */
  ingestion(): ReturnType<AnalysisPool['stats']>;
}

export interface RunningService {
  url: string;
  db: Db;
  reliability: Reliability;
  stop(): Promise<void>;
}

/**
 * The composition root: driver → catalogue → migrations → seed → GraphQL → HTTP. Used by `npm start` and,
 * unchanged, by the API tests, so they exercise the same wiring a user gets.
 */
export async function startService(
  config: Config,
  logger: Logger,
  neo4j: Neo4jConnection,
): Promise<RunningService> {
  const events = new ServiceEvents();
  const { db, close } = await connectGraph(neo4j, config.neo4j, logger, events);
  let started = false;
  let httpServer: Server | undefined;
  const analysisPool = new AnalysisPool(config.ingestWorkers, events);
  const closeAll = async (): Promise<void> => {
    await analysisPool.close();
    await close();
  };
  try {
    if (config.seedOnEmpty) await seedIfEmpty({ db, logger, corpusDir: config.corpusDir });

    const linkerCache = new LinkerCache(db, { pool: analysisPool });
    const rateLimits = new RateLimits(config.rateLimits, events);
    httpServer = createServer();
    const graphql = createGraphQL({
      config,
      logger,
      db,
      rateLimits,
      linkerCache,
      httpServer,
      resolvers: [mutationResolvers],
    });
    await graphql.apollo.start();
    const app = createApp({
      apollo: graphql.apollo,
      schema: graphql.schema,
      context: graphql.context,
      corsOrigins: config.http.corsOrigins,
      env: config.env,
      logger,
      readiness: { started: () => started, databaseReachable: () => db.ping() },
      rateLimits,
      apiKeys: config.auth.keys,
    });
    httpServer.on('request', app);
    const server = httpServer;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.http.port, config.http.host, resolve);
    });
    started = true;
    const { port } = server.address() as AddressInfo;
    const url = `http://${config.http.host === '0.0.0.0' ? '127.0.0.1' : config.http.host}:${port}`;
    logger.info({ url: `${url}/graphql` }, 'GraphQL service ready');

    return {
      url,
      db,
      reliability: { events, database: () => db.stats(), ingestion: () => analysisPool.stats() },
      stop: async () => {
        started = false;
        // Apollo's drain plugin stops accepting connections and waits for in-flight requests.
        await graphql.apollo.stop();
        await closeAll();
      },
    };
  } catch (error) {
    httpServer?.close();
    await closeAll();
    throw error;
  }
}
