import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import { mutationResolvers } from './graphql/mutation/resolvers.js';
import { createGraphQL } from './graphql/server.js';
import { createApp } from './http/app.js';
import { seedIfEmpty } from './ingest/seed.js';
import { LinkerCache } from './ingest/linker-cache.js';
import type { Logger } from './logger.js';
import { observabilityPlugin } from './metrics/graphql-plugin.js';
import { Metrics, type Neo4jObserver } from './metrics/metrics.js';
import { connectGraph, type Neo4jConnection } from './neo4j/connect.js';
import type { Db } from './neo4j/db.js';

export interface RunningService {
  url: string;
  db: Db;
  /** The instance's metrics (GET /metrics); protection reports refusals through `metrics.refused`. */
  metrics: Metrics;
  stop(): Promise<void>;
}

export interface ServiceOptions {
  /** Told about every Neo4j round trip besides the metrics (tests check access modes and tags with it). */
  neo4jObservers?: readonly Neo4jObserver[];
}

/**
 * The composition root: driver → catalogue → migrations → seed → GraphQL → HTTP. Used by `npm start` and,
 * unchanged, by the API tests, so they exercise the same wiring a user gets.
 */
export async function startService(
  config: Config,
  logger: Logger,
  neo4j: Neo4jConnection,
  options: ServiceOptions = {},
): Promise<RunningService> {
  const metrics = new Metrics();
  const { db, close } = await connectGraph(neo4j, config.neo4j, logger, [
    metrics,
    ...(options.neo4jObservers ?? []),
  ]);
  let started = false;
  let httpServer: Server | undefined;
  try {
    if (config.seedOnEmpty) await seedIfEmpty({ db, logger, corpusDir: config.corpusDir });

    const linkerCache = new LinkerCache(db);
    httpServer = createServer();
    const graphql = createGraphQL({
      config,
      logger,
      db,
      linkerCache,
      httpServer,
      resolvers: [mutationResolvers],
      plugins: [observabilityPlugin(metrics)],
    });
    await graphql.apollo.start();
    const app = createApp({
      apollo: graphql.apollo,
      schema: graphql.schema,
      context: graphql.context,
      corsOrigins: config.http.corsOrigins,
      env: config.env,
      logger,
      metrics,
      metricsAccess: config.metrics,
      readiness: { started: () => started, databaseReachable: () => db.ping() },
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
      metrics,
      stop: async () => {
        started = false;
        // Apollo's drain plugin stops accepting connections and waits for in-flight requests.
        await graphql.apollo.stop();
        await close();
      },
    };
  } catch (error) {
    httpServer?.close();
    await close();
    throw error;
  }
}
