// The service as separate processes (`node dist/src/main.js`, exactly what `npm start` runs after its build
// step; the build is brought up to date once per test file), for tests where two replicas share one Neo4j and
// one Redis. Each is stopped with SIGTERM, as an orchestrator would, and must exit by itself.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { EDITOR_KEY, READER_KEY } from './service.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface Replica {
  url: string;
  /** Everything the process printed, for a failing test's message. */
  output(): string;
  stop(): Promise<number | null>;
}

const running = new Set<ChildProcess>();
// A test that fails before its afterAll must still not leave a service behind.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

let built: Promise<unknown> | undefined;

/** `npm run build` (incremental: a few seconds when nothing changed), so a replica never runs stale JavaScript. */
function build(): Promise<unknown> {
  built ??= promisify(execFile)('npm', ['run', '--silent', 'build'], { cwd: repoRoot });
  return built;
}

export async function startReplica(env: Record<string, string>): Promise<Replica> {
  const neo4j = inject('neo4j');
  await build();
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      NEO4J_PROVIDER: 'uri',
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      // The test seeds the graph before starting replicas; two replicas must not race to seed it.
      SEED_ON_EMPTY: 'false',
      API_KEYS: `reader:${READER_KEY},editor:${EDITOR_KEY}`,
      ...env,
    },
  });
  running.add(child);
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`the service did not start within 90 s:\n${output}`));
    }, 90_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      for (const line of output.split('\n')) {
        if (!line.includes('GraphQL service ready')) continue;
        const ready = JSON.parse(line) as { url: string };
        clearTimeout(timer);
        resolve(ready.url.replace(/\/graphql$/, ''));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the service exited with ${String(code)} before it was ready:\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return child.exitCode;
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(timer);
      running.delete(child);
      return code;
    },
  };
}
