import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Neo4jConnection } from '../../src/neo4j/connect.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local/launcher.js';
import { freeLoopbackPort } from '../../src/neo4j/local/port.js';
import { createLogger } from '../../src/logger.js';

/**
 * A local Neo4j of a test's own (not the shared one of the integration tier), on a fixed port and data folder,
 * so the test can take it away and bring it back at the same address with the same data, as an operator
 * restarting a server would: `kill` (SIGKILL, a crash), `restart`, `freeze`/`thaw` (SIGSTOP/SIGCONT: a server
 * that holds its connections and answers nothing).
 */
export interface OwnNeo4j {
  connection: Neo4jConnection;
  /** SIGKILL, resolved once the process is gone. */
  kill(): Promise<void>;
  /** Starts it again on the same port and data; resolves when Bolt answers. */
  restart(): Promise<void>;
  freeze(): void;
  thaw(): void;
  /** Stops it (thawing it first) and deletes its data. */
  remove(): Promise<void>;
}

export async function startOwnNeo4j(): Promise<OwnNeo4j> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kg-neo4j-own-'));
  const port = await freeLoopbackPort();
  const logger = createLogger('silent');
  // Small: it holds a few test entities, and shares the machine with the tier's own Neo4j.
  const start = (): Promise<LocalNeo4j> =>
    startLocalNeo4j({
      dataDir,
      port,
      heap: '384m',
      pageCache: '64m',
      transactionMemory: '64m',
      logger,
      // A JVM start takes 15 s on a quiet machine and over a minute on a busy one (measured: 64 s, then 38 s).
      readyTimeoutMs: 240_000,
    });
  let current = await start();
  let frozen = false;
  const signal = (name: NodeJS.Signals): void => {
    process.kill(current.pid, name);
  };
  return {
    connection: { uri: current.uri, username: 'neo4j', password: '', database: 'neo4j' },
    kill: async () => {
      signal('SIGKILL');
      await current.exited;
      frozen = false;
    },
    restart: async () => {
      current = await start();
    },
    freeze: () => {
      signal('SIGSTOP');
      frozen = true;
    },
    thaw: () => {
      signal('SIGCONT');
      frozen = false;
    },
    remove: async () => {
      if (frozen) signal('SIGCONT');
      await current.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
