// `npm run neo4j`: the local Neo4j in the foreground with the service's kept data, until Ctrl-C.
// `npm run neo4j:install` (--install-only): fetch the jars and exit, so CI caches var/neo4j-lib up front.
import { join } from 'node:path';
import { loadConfig } from '../../config.js';
import { createLogger } from '../../logger.js';
import { NEO4J_VERSION } from '../version.js';
import { ensureNeo4jJars } from './jars.js';
import { startLocalNeo4j } from './launcher.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  if (process.argv.includes('--install-only')) {
    const dir = await ensureNeo4jJars(logger);
    process.stdout.write(`Neo4j ${NEO4J_VERSION} jars in ${dir}\n`);
    return;
  }

  const dataDir = join(config.neo4j.localDir, 'data');
  const neo4j = await startLocalNeo4j({
    dataDir,
    heap: config.neo4j.localHeap,
    pageCache: config.neo4j.localPageCache,
    transactionMemory: config.neo4j.localTxMemory,
    port: config.neo4j.localPort,
    logger,
  });
  process.stdout.write(`Neo4j ${NEO4J_VERSION} at ${neo4j.uri} (data: ${dataDir}). Ctrl-C stops it.\n`);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping local Neo4j');
    neo4j.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'could not stop local Neo4j cleanly');
        process.exit(1);
      },
    );
  };
  const isStopping = (): boolean => stopping; // a function, so the check below is not narrowed to `false`
  // `on`, not `once`: Ctrl-C reaches us twice (terminal group + tsx relaying it), and a second, unhandled
  // SIGINT would kill this process mid-stop.
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  // Neo4j going away on its own (crash, OOM, killed) should not leave a CLI pretending all is well.
  const { code, signal } = await neo4j.exited;
  if (!isStopping()) {
    logger.error({ code, signal }, 'local Neo4j exited unexpectedly');
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
