// Start-up as a newcomer meets it: `npm start` until /health/ready answers 200 and `{ __typename }` is
// answered over HTTP, then SIGTERM and a check that no process of it is left. Run twice on a fresh data
// folder (first start: migrations, curated graph and corpus loaded) and again (restart: nothing to load).
// Needs the Neo4j jars cached (npm run neo4j:install). Run: npx tsx bench/startup.ts
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

const PORT = 4099;
const dataDir = mkdtempSync(join(tmpdir(), 'kg-startup-bench-'));

async function ready(): Promise<boolean> {
  try {
    const health = await fetch(`http://127.0.0.1:${String(PORT)}/health/ready`);
    if (health.status !== 200) return false;
    const res = await fetch(`http://127.0.0.1:${String(PORT)}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const body = (await res.json()) as { data?: { __typename?: string } };
    return body.data?.__typename === 'Query';
  } catch {
    return false;
  }
}

function javaProcessesOn(dir: string): string[] {
  try {
    return execFileSync('pgrep', ['-af', `Launcher.java ${dir}`], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes('java'));
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

async function startOnce(
  label: string,
): Promise<{ label: string; readyS: number; stopS: number; leftover: number }> {
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    env: { ...process.env, PORT: String(PORT), NEO4J_LOCAL_DIR: dataDir, LOG_LEVEL: 'warn', NEO4J_URI: '' },
    stdio: 'ignore',
    detached: true, // its own process group, so the signal reaches npm, node and java like a Ctrl-C
  });
  const deadline = started + 120_000;
  while (!(await ready())) {
    if (performance.now() > deadline) throw new Error(`${label}: not ready after 120 s`);
    await sleep(200);
  }
  const readyS = (performance.now() - started) / 1000;
  const stopping = performance.now();
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  process.kill(-(child.pid ?? 0), 'SIGTERM');
  await exited;
  // npm exits first; give the service and the JVM the shutdown grace period to finish.
  for (let i = 0; i < 60 && javaProcessesOn(dataDir).length > 0; i += 1) await sleep(250);
  return {
    label,
    readyS,
    stopS: (performance.now() - stopping) / 1000,
    leftover: javaProcessesOn(dataDir).length,
  };
}

async function main(): Promise<void> {
  try {
    const runs = [
      await startOnce('first start (empty graph: migrations + seed)'),
      await startOnce('restart'),
    ];
    console.log('| run | ready + answering (s) | stopped (s) | processes left |');
    console.log('|---|---|---|---|');
    for (const r of runs) {
      console.log(`| ${r.label} | ${r.readyS.toFixed(1)} | ${r.stopS.toFixed(1)} | ${String(r.leftover)} |`);
    }
    if (runs.some((r) => r.leftover > 0 || r.readyS > 60)) process.exitCode = 1;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
