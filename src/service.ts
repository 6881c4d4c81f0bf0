import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import { createEventBus, type EventBus } from './events/bus.js';
import { mutationResolvers } from './graphql/mutation/resolvers.js';
import { createGraphQL } from './graphql/server.js';
import { warmUp } from './graphql/warm-up.js';
import { ServiceEvents } from './events.js';
import { createApp } from './http/app.js';
import { dashboardRouter } from './http/dashboard.js';
import { exportsRouter } from './http/exports.js';
import { RateLimits } from './http/rate-limit.js';
import { seedIfEmpty } from './ingest/seed.js';
import { LinkerCache } from './ingest/linker-cache.js';
import { batchedIngestWriter } from './ingest/pipeline.js';
import { AnalysisPool } from './ingest/worker/analysis-pool.js';
import type { Logger } from './logger.js';
import { observabilityPlugin } from './metrics/graphql-plugin.js';
import { Metrics, type Neo4jObserver } from './metrics/metrics.js';
import { connectGraph, type Neo4jConnection } from './neo4j/connect.js';
import type { Db } from './neo4j/db.js';
import type { GuardStats } from './neo4j/guard.js';

/**
 * The address this process reaches its own listener at (the URL it logs and its warm-up asks): a wildcard is
 * reached on loopback, and an IPv6 literal is bracketed.
 */
export function reachableHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

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
  /** Live updates of this replica (in-process, or Redis when REDIS_URL is set). */
  events: EventBus;
  reliability: Reliability;
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
  // What the reliability layer reports (queries, circuit, refusals, analyses); rate-limit refusals are counted.
  const reliabilityEvents = new ServiceEvents();
  reliabilityEvents.on('rateLimited', ({ limit, client }) => {
    metrics.refused(limit === 'cost' ? 'rate:cost' : `rate:${client}`);
  });
  const { db, close } = await connectGraph(neo4j, config.neo4j, logger, {
    events: reliabilityEvents,
    observers: [metrics, ...(options.neo4jObservers ?? [])],
  });
  let started = false;
  let httpServer: Server | undefined;
  let events: EventBus | undefined;
  const analysisPool = new AnalysisPool(config.ingestWorkers, reliabilityEvents);
  const closeAll = async (): Promise<void> => {
    await analysisPool.close();
    await close();
  };
  try {
    if (config.seedOnEmpty) await seedIfEmpty({ db, logger, corpusDir: config.corpusDir });
    events = await createEventBus({ redisUrl: config.events.redisUrl, logger });

    const linkerCache = new LinkerCache(db, { pool: analysisPool });
    const ingestWriter = batchedIngestWriter(db);
    const rateLimits = new RateLimits(config.rateLimits, reliabilityEvents);
    httpServer = createServer();
    const graphql = createGraphQL({
      config,
      logger,
      db,
      rateLimits,
      linkerCache,
      ingestWriter,
      httpServer,
      events,
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
      routers: [exportsRouter({ db, config, logger }), dashboardRouter({ config })],
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
    const url = `http://${reachableHost(config.http.host)}:${String(port)}`;
    logger.info({ url: `${url}/graphql` }, 'GraphQL service ready');
    // In the background: readiness does not wait for it, and it never fails the service (warm-up.ts).
    if (config.warmUp) {
      const apiKey = config.auth.readsRequireAuth ? config.auth.keys[0]?.key : undefined;
      void warmUp({ url, apiKey, logger });
    }

    const bus = events;
    return {
      url,
      db,
      events: bus,
      reliability: {
        events: reliabilityEvents,
        database: () => db.stats(),
        ingestion: () => analysisPool.stats(),
      },
      metrics,
      stop: async () => {
        started = false;
        // Apollo's drain plugins stop accepting connections, close subscription sockets and wait for
        // in-flight requests; then the bus lets go of Redis and the driver closes.
        await graphql.apollo.stop();
        await bus.close();
        await closeAll();
      },
    };
  } catch (error) {
    httpServer?.close();
    await events?.close();
    await closeAll();
    throw error;
  }
}
