import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import { createEventBus, type EventBus } from './events/bus.js';
import { mutationResolvers } from './graphql/mutation/resolvers.js';
import { createGraphQL } from './graphql/server.js';
import { createApp } from './http/app.js';
import { dashboardRouter } from './http/dashboard.js';
import { exportsRouter } from './http/exports.js';
import { seedIfEmpty } from './ingest/seed.js';
import { LinkerCache } from './ingest/linker-cache.js';
import type { Logger } from './logger.js';
import { connectGraph, type Neo4jConnection } from './neo4j/connect.js';
import type { Db } from './neo4j/db.js';

export interface RunningService {
  url: string;
  db: Db;
  /** Live updates of this replica (in-process, or Redis when REDIS_URL is set). */
  events: EventBus;
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
  const { db, close } = await connectGraph(neo4j, config.neo4j, logger);
  let started = false;
  let httpServer: Server | undefined;
  let events: EventBus | undefined;
  try {
    if (config.seedOnEmpty) await seedIfEmpty({ db, logger, corpusDir: config.corpusDir });
    events = await createEventBus({ redisUrl: config.events.redisUrl, logger });

    const linkerCache = new LinkerCache(db);
    httpServer = createServer();
    const graphql = createGraphQL({
      config,
      logger,
      db,
      linkerCache,
      httpServer,
      events,
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
      routers: [exportsRouter({ db, config, logger }), dashboardRouter({ config })],
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

    const bus = events;
    return {
      url,
      db,
      events: bus,
      stop: async () => {
        started = false;
        // Apollo's drain plugins stop accepting connections, close subscription sockets and wait for
        // in-flight requests; then the bus lets go of Redis and the driver closes.
        await graphql.apollo.stop();
        await bus.close();
        await close();
      },
    };
  } catch (error) {
    httpServer?.close();
    await events?.close();
    await close();
    throw error;
  }
}
