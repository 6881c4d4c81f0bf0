// /health/live while the service ingests the largest article it accepts (just under 200 KB): the figure issue 11
// asks for (< 100 ms throughout). The service runs in this process on a throw-away Neo4j; the probes come from a
// child process every 20 ms, so the client's own work is not on the service's event loop. Five rounds, each a
// new article. Run: npx tsx bench/live-during-ingest.ts [rounds=5]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { acquireNeo4j } from '../src/neo4j/provider.js';
import { startService } from '../src/service.js';
import { percentile } from './percentile.js';
import { largestArticle } from '../test/support/largest-article.js';

const ROUNDS = Number(process.argv[2] ?? 5);
const KEY = 'bench-editor-key-0123456789';
const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created linked { count } } }`;

/** Probes `url` every 20 ms until its stdin closes, then prints the durations (ms) as JSON. */
const PROBER = `
const url = process.argv[1]; const times = []; let on = true;
process.stdin.on('end', () => { on = false; }); process.stdin.resume();
(async () => {
  while (on) {
    const at = performance.now(); const res = await fetch(url); await res.arrayBuffer();
    if (res.status !== 200) throw new Error('status ' + res.status);
    times.push(performance.now() - at); await new Promise((r) => setTimeout(r, 20));
  }
  process.stdout.write(JSON.stringify(times));
})();`;

async function probeWhile<T>(url: string, work: () => Promise<T>): Promise<{ result: T; times: number[] }> {
  const child = spawn(process.execPath, ['-e', PROBER, url], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  // Let the prober start before the work does.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const result = await work();
  child.stdin.end();
  await once(child, 'exit');
  return { result, times: JSON.parse(out) as number[] };
}

/** One table row: the probes' p50, p99, worst and how many took 100 ms or more. */
function row(label: string, ingestMs: string, times: readonly number[], loopMaxMs: string): string {
  const sorted = [...times].sort((a, b) => a - b);
  const cells = [
    label,
    ingestMs,
    String(times.length),
    percentile(sorted, 50).toFixed(1),
    percentile(sorted, 99).toFixed(1),
    (sorted.at(-1) ?? NaN).toFixed(1),
    String(times.filter((t) => t >= 100).length),
    loopMaxMs,
  ];
  return `| ${cells.join(' | ')} |`;
}

async function main(): Promise<void> {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    API_KEYS: `editor:${KEY}`,
    RATE_LIMIT_ADDRESS_REQUESTS: '0',
  });
  const logger = createLogger('warn');
  const neo4j = await acquireNeo4j(config, logger, 'test');
  const service = await startService(config, logger, neo4j);
  const ingest = async (text: string): Promise<unknown> => {
    const res = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ query: INGEST, variables: { input: { text, source: 'bench' } } }),
    });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body;
  };
  try {
    // Warm: the worker thread, the linker, Neo4j's plans.
    await ingest(`Warm-up ${String(Date.now())}. Sergei Shoigu met officials in Moscow.`);
    console.log(
      `/health/live during the largest accepted ingest; load average ${loadavg()[0]?.toFixed(1) ?? '?'}`,
    );
    console.log(
      '| round | ingest ms | probes | p50 ms | p99 ms | max ms | over 100 ms | loop delay max ms |',
    );
    console.log('|--:|--:|--:|--:|--:|--:|--:|--:|');
    // The same probes with the service idle: what the machine itself allows at the moment.
    const idle = await probeWhile(
      `${service.url}/health/live`,
      () => new Promise((resolve) => setTimeout(resolve, 3_000)),
    );
    console.log(row('idle (no ingest, 3 s)', '–', idle.times, '–'));
    const all: number[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const text = largestArticle(`bench ${String(Date.now())} ${String(round)}`);
      const loop = monitorEventLoopDelay({ resolution: 5 });
      const started = performance.now();
      const { times } = await probeWhile(`${service.url}/health/live`, async () => {
        loop.enable();
        try {
          return await ingest(text);
        } finally {
          loop.disable();
        }
      });
      const ms = (performance.now() - started).toFixed(0);
      all.push(...times);
      console.log(row(String(round), ms, times, (loop.max / 1e6).toFixed(0)));
    }
    const sorted = all.sort((a, b) => a - b);
    console.log(
      `all rounds: ${String(all.length)} probes, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms, ${String(all.filter((t) => t >= 100).length)} at or over 100 ms; load average ${loadavg()[0]?.toFixed(1) ?? '?'} at the end`,
    );
  } finally {
    await service.stop();
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
