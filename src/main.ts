import { ConfigError, loadConfig, type Config } from './config.js';
import { limitHeapGrowth } from './heap.js';
import { createLogger, type Logger } from './logger.js';
import { acquireNeo4j } from './neo4j/provider.js';
import { startService } from './service.js';

async function main(config: Config, logger: Logger): Promise<void> {
  const neo4j = await acquireNeo4j(config, logger, 'service');
  let service: Awaited<ReturnType<typeof startService>> | undefined;
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownGraceMs);
    timer.unref();
    try {
      await service?.stop();
    } finally {
      await neo4j.stop();
      logger.info('stopped');
    }
  };
  // Registered before start-up so Ctrl-C during seeding still stops the database we started. `on`, not
  // `once`: under tsx one Ctrl-C arrives twice, and a second, unhandled one would cut shutdown short.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      shutdown(signal).then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
  try {
    service = await startService(config, logger, neo4j);
  } catch (error) {
    await neo4j.stop();
    throw error;
  }
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
limitHeapGrowth(config.heapGrowingPercent);
const logger = createLogger(config.logLevel);
main(config, logger).catch((error: unknown) => {
  logger.fatal({ err: error }, error instanceof Error ? error.message : 'start-up failed');
  process.exit(1);
});
