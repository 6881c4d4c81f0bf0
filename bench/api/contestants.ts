import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from '../../src/config.js';
import type { ContestantName } from './operations.js';

export interface Contestant {
  name: ContestantName;
  url: string;
  pid: number;
  /** From spawning the process to its first answer, Neo4j already running. */
  startupSeconds: number;
  stop(): Promise<void>;
}

export interface Neo4jEnv {
  NEO4J_URI: string;
  NEO4J_USERNAME: string;
  NEO4J_PASSWORD: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

/** The resident set size of a process in MB (Linux /proc), or null once it is gone. */
export async function rssMb(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${String(pid)}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null;
  }
}

/** Clock ticks per second of the CPU times in /proc/<pid>/stat (USER_HZ; 100 on Linux). */
let clockTicks: number | undefined;
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    const told = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    clockTicks = Number.isInteger(told) && told > 0 ? told : 100;
  }
  return clockTicks;
}

/** The CPU seconds (user and system) a process has used so far (Linux /proc), or null once it is gone. */
export async function cpuSeconds(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${String(pid)}/stat`, 'utf8');
    // The command name is in brackets and may hold spaces; after it come field 3 (state) onwards, so utime
    // (field 14) and stime (field 15) are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [user, system] = [Number(fields[11]), Number(fields[12])];
    return Number.isFinite(user) && Number.isFinite(system) ? (user + system) / ticksPerSecond() : null;
  } catch {
    return null;
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => {
      child.once('exit', () => {
        resolve();
      });
    });
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
}

const node = (script: string): string[] => ['--import', 'tsx', script];

/** Starts a server that prints `<marker> <url>` when it listens. */
async function startMarked(
  name: ContestantName,
  script: string,
  marker: string,
  env: Neo4jEnv & { ANSWERS_FROM?: string },
): Promise<Contestant> {
  const started = performance.now();
  const child = spawn(process.execPath, node(script), {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(await freePort()) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => {
      reject(new Error(`${name} exited (${String(code)}) before it was ready`));
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith(`${marker} `)) resolve(line.slice(marker.length + 1).replace(/\/$/, ''));
    });
  });
  return {
    name,
    url,
    pid: child.pid ?? -1,
    startupSeconds: (performance.now() - started) / 1000,
    stop: stopper(child),
  };
}

/**
 * The service as `npm start` runs it: built (`npm run build`, done here before the clock starts) and started as
 * JavaScript, in production mode without seeding, on the given Neo4j. The floor and the peer are benchmark
 * scripts and run through tsx.
 */
async function startOurs(env: Neo4jEnv): Promise<Contestant> {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot });
  const port = await freePort();
  const url = `http://127.0.0.1:${String(port)}`;
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      SEED_ON_EMPTY: 'false',
      // The benchmark's neighbourhood asks for 200 nodes; the default page ceiling is 100.
      MAX_PAGE_SIZE: '200',
      // One load generator at one address is what the per-client limits exist to refuse (600 requests a
      // minute): off, as for any load test of the serving path. Neither the floor nor the peer has them.
      RATE_LIMIT_ADDRESS_REQUESTS: '0',
      RATE_LIMIT_KEY_REQUESTS: '0',
      RATE_LIMIT_COST: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const state = { exited: false };
  child.once('exit', () => {
    state.exited = true;
  });
  for (;;) {
    if (state.exited) throw new Error('the service exited before it was ready');
    try {
      if ((await fetch(`${url}/health/ready`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  return {
    name: 'ours',
    url,
    pid: child.pid ?? -1,
    startupSeconds: (performance.now() - started) / 1000,
    stop: stopper(child),
  };
}

/** `answersFrom`: the running service whose answers the stack serves (required for the stack). */
export function startContestant(
  name: ContestantName,
  env: Neo4jEnv,
  answersFrom?: string,
): Promise<Contestant> {
  switch (name) {
    case 'ours':
      return startOurs(env);
    case 'floor':
      return startMarked(name, 'bench/floor/server.ts', 'FLOOR_READY', env);
    case 'peer':
      return startMarked(name, 'bench/peer/server.ts', 'PEER_READY', env);
    case 'stack':
      if (answersFrom === undefined) throw new Error('the stack serves the service: start ours first');
      return startMarked(name, 'bench/stack/server.ts', 'STACK_READY', { ...env, ANSWERS_FROM: answersFrom });
  }
}
