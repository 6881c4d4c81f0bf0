import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Logger } from '../../logger.js';
import { ensureNeo4jJars } from './jars.js';
import { launcherSource } from './paths.js';
import { freeLoopbackPort } from './port.js';

export interface LocalNeo4jOptions {
  /** Neo4j home for this instance: store, transaction logs and logs/debug.log live under it. */
  dataDir: string;
  /** JVM heap, passed as -Xmx (e.g. `768m`). */
  heap: string;
  /** Page cache cap (e.g. `256m`); off-heap, so the process needs roughly heap + page cache. */
  pageCache: string;
  /** Largest memory one transaction may use (`db.memory.transaction.max`, e.g. `256m`). */
  transactionMemory: string;
  /**
   * Bolt port; 0 or absent picks a free one. A fixed port lets a restart on the same data come back at the
   * same address (clients keep their URI, as with a real server).
   */
  port?: number;
  logger: Logger;
  readyTimeoutMs?: number;
  /** How long stop() waits after SIGTERM before SIGKILL. */
  stopGraceMs?: number;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Set when java could not be run at all (e.g. not on PATH). */
  spawnError?: Error;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Settles when the Java process has exited, whoever caused it. */
  exited: Promise<ExitInfo>;
  /** SIGTERM (clean shutdown with a checkpoint), SIGKILL after the grace period; safe to call twice. */
  stop(): Promise<void>;
}

const READY = /^NEO4J_READY (bolt:\/\/\S+)$/;
const STDERR_TAIL_LINES = 30;

/**
 * Starts Neo4j in a child JVM (neo4j-local/Launcher.java) on a free loopback port and resolves once Bolt answers.
 * The child's stdin stays piped and open for its whole life: when this process dies, even by SIGKILL, the pipe
 * closes and the launcher shuts itself down, so no JVM is left holding the store.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const { dataDir, heap, pageCache, transactionMemory, logger } = options;
  const readyTimeoutMs = options.readyTimeoutMs ?? 120_000;
  const stopGraceMs = options.stopGraceMs ?? 30_000;

  const lib = await ensureNeo4jJars(logger);
  await mkdir(dataDir, { recursive: true });
  const port = options.port || (await freeLoopbackPort());
  const args = [
    `-Xmx${heap}`,
    '-XX:+ExitOnOutOfMemoryError', // a JVM limping on after OOM is worse than a clear exit
    '-cp',
    join(lib, '*'), // expanded by java itself; no shell involved
    launcherSource,
    dataDir,
    String(port),
    pageCache,
    transactionMemory,
  ];
  const started = Date.now();
  logger.info({ dataDir, port, heap, pageCache, transactionMemory }, 'starting local Neo4j');
  const child = spawn('java', args); // all three stdio streams piped

  // Normal exits run this; fatal signals do not, and then the stdin EOF does the job.
  const killOnExit = (): void => {
    child.kill('SIGTERM');
  };
  process.on('exit', killOnExit);
  const exited = watchExit(child, () => process.off('exit', killOnExit));
  // EPIPE on a child that already exited is expected; without a listener it would crash the process.
  child.stdin.on('error', () => undefined);

  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
    logger.debug({ component: 'neo4j-local' }, line);
  });
  const explain = (what: string): string =>
    `${what}. Last stderr lines:\n${stderrTail.join('\n') || '(none)'}\n` +
    `Neo4j's own log: ${join(dataDir, 'logs', 'debug.log')}`;

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= terminate(child, exited, stopGraceMs).then(() => {
      logger.info({ dataDir }, 'local Neo4j stopped');
    }));

  try {
    const uri = await waitForReady(child.stdout, exited, readyTimeoutMs, explain);
    logger.info({ uri, seconds: (Date.now() - started) / 1000 }, 'local Neo4j ready');
    const pid = child.pid ?? -1;
    return { uri, pid, exited, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function watchExit(child: ChildProcess, onExit: () => void): Promise<ExitInfo> {
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      onExit();
      resolve({ code, signal });
    });
    // Spawn failures (e.g. no java) emit 'error' and may never emit 'exit'.
    child.once('error', (spawnError) => {
      onExit();
      resolve({ code: null, signal: null, spawnError });
    });
  });
}

async function waitForReady(
  stdout: Readable,
  exited: Promise<ExitInfo>,
  timeoutMs: number,
  explain: (what: string) => string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(explain(`Local Neo4j did not report ready within ${String(timeoutMs / 1000)} s`)));
    }, timeoutMs);
    createInterface({ input: stdout }).on('line', (line) => {
      const match = READY.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then(({ code, signal, spawnError }) => {
      clearTimeout(timer);
      const how = spawnError ? `could not run java: ${spawnError.message}` : `exit ${String(code ?? signal)}`;
      reject(new Error(explain(`Local Neo4j exited before it was ready (${how})`)));
    });
  });
}

async function terminate(child: ChildProcess, exited: Promise<ExitInfo>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    await exited;
    return;
  }
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}
