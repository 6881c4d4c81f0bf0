import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Logger } from '../../logger.js';

const TAIL_LINES = 40;
const HEARTBEAT_MS = 10_000;

/**
 * Runs `mvn -B <args>` and resolves when it succeeds. Maven's own output goes to the debug log; at info level
 * a heartbeat with the number of downloaded artifacts shows a slow first fetch is alive.
 */
export async function runMaven(args: readonly string[], logger: Logger): Promise<void> {
  const child = spawn('mvn', ['-B', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  let downloaded = 0;
  const onLine = (line: string): void => {
    if (line.includes('Downloaded from')) downloaded += 1;
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
    logger.debug({ component: 'mvn' }, line);
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);

  const started = Date.now();
  const heartbeat = setInterval(() => {
    const seconds = Math.round((Date.now() - started) / 1000);
    logger.info({ seconds, downloaded }, 'still fetching Neo4j jars with Maven');
  }, HEARTBEAT_MS);

  try {
    await new Promise<void>((resolve, reject) => {
      child.once('error', (error: NodeJS.ErrnoException) => {
        reject(
          error.code === 'ENOENT'
            ? new Error(
                'Maven (mvn) is not on PATH. It is needed once, to fetch the Neo4j jars into var/neo4j-lib ' +
                  '(install Maven, or set NEO4J_URI to a running Neo4j instead).',
              )
            : error,
        );
      });
      child.once('close', (code, signal) => {
        if (code === 0) resolve();
        else
          reject(
            new Error(
              `mvn ${args.join(' ')} failed (${signal ?? `exit ${String(code)}`}):\n${tail.join('\n')}`,
            ),
          );
      });
    });
  } finally {
    clearInterval(heartbeat);
  }
}
