// `npm run bench:cold -- [--size M] [--windows 6] [--seconds 5] [--variants off:0,on:0,on:20]`: the entity
// page of the biggest hub at concurrency 32 on a Neo4j that has just started, window after window, for the
// service with its start-up warm-up off and on (WARM_UP) and a given idle time between ready and load. Each
// variant gets a Neo4j of its own, started for it on the size's store (npm run generate -- --size M first), so
// its JVM, page cache and plan cache are cold. Writes bench/reports/cold-start-<size>.md (`--out` elsewhere).
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { repoRoot } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { findRunningLocal } from '../src/neo4j/provider.js';
import { startContestant } from './api/contestants.js';
import { runLoad, type LoadResult } from './api/load.js';
import { OPERATIONS, type Targets } from './api/operations.js';
import { operationTargets, pickTargets } from './api/run.js';
import { isSizeName, type SizeName } from './corpus/corpus.js';
import { benchConfig, benchNeo4j } from './neo4j.js';

interface Variant {
  warmUp: boolean;
  idleSeconds: number;
}

interface Window extends LoadResult {
  window: number;
}

const logger = createLogger('warn');
/** A latency, or a dash for a window in which nothing was answered. */
const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(0) : '–');

function parseVariants(text: string): Variant[] {
  return text.split(',').map((v) => {
    const [mode, idle] = v.split(':');
    if ((mode !== 'on' && mode !== 'off') || !Number.isFinite(Number(idle))) {
      throw new Error(`--variants: "${v}" is not on:<seconds> or off:<seconds>`);
    }
    return { warmUp: mode === 'on', idleSeconds: Number(idle) };
  });
}

/** A Neo4j of the size started here (none may be running: a running one is warm). */
async function coldNeo4j(size: SizeName): ReturnType<typeof benchNeo4j> {
  if (process.env.NEO4J_URI) throw new Error('this benchmark starts its own Neo4j: unset NEO4J_URI');
  if ((await findRunningLocal(benchConfig(size).neo4j.localDir)) !== undefined) {
    throw new Error(`a Neo4j of size ${size} is running (npm run bench:api?): stop it first, it is warm`);
  }
  return benchNeo4j(size, logger);
}

async function runVariant(
  size: SizeName,
  targets: Targets,
  variant: Variant,
  windows: number,
  seconds: number,
) {
  const neo4j = await coldNeo4j(size);
  const env = { NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password };
  process.env.WARM_UP = String(variant.warmUp);
  const ours = await startContestant('ours', env);
  try {
    await sleep(variant.idleSeconds * 1000);
    const spec = OPERATIONS.find((o) => o.id === 'entity-hub')?.requests.ours?.(targets);
    if (!spec) throw new Error('no entity-hub operation');
    const results: Window[] = [];
    for (let window = 1; window <= windows; window++) {
      const result = await runLoad(ours.url, spec, { connections: 32, seconds, watchPid: ours.pid });
      results.push({ ...result, window });
      console.log(
        `warm-up ${variant.warmUp ? 'on' : 'off'}, idle ${String(variant.idleSeconds)} s, window ${String(window)}: ` +
          `${result.throughput.toFixed(0)} req/s, p50 ${ms(result.p50)} ms, p99 ${ms(result.p99)} ms, ` +
          `${String(result.failures)} failures`,
      );
    }
    return results;
  } finally {
    await ours.stop();
    await neo4j.stop();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'M' },
      windows: { type: 'string', default: '6' },
      seconds: { type: 'string', default: '5' },
      variants: { type: 'string', default: 'off:0,on:0,on:20' },
      out: { type: 'string' },
    },
  });
  const size = values.size;
  if (!isSizeName(size)) throw new Error(`--size must be S, M or L, not ${size}`);
  const windows = Number(values.windows);
  const seconds = Number(values.seconds);
  const variants = parseVariants(values.variants);

  // Targets from a Neo4j of their own: the query reads every entity, which would warm the measured one.
  const first = await coldNeo4j(size);
  const picked = await pickTargets({
    NEO4J_URI: first.uri,
    NEO4J_USERNAME: first.username,
    NEO4J_PASSWORD: first.password,
  }).finally(() => first.stop());
  const targets = operationTargets(picked);

  const lines = [
    `# Cold start, size ${size}`,
    '',
    `\`${['npm run bench:cold', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ')}\`, ${new Date().toISOString()}, load average ` +
      `${(loadavg()[0] ?? 0).toFixed(1)} at the start. The entity page of the biggest hub (${targets.hub}) at ` +
      `concurrency 32, in consecutive windows of ${String(seconds)} s, from the moment the service is ready (plus ` +
      'the idle time) on a Neo4j just started: its JVM, page cache and plan cache cold. Failures are non-2xx ' +
      'answers and errors; requests still unanswered when a window ends are in neither column.',
    '',
    '| warm-up | idle before load | window | answered | req/s | p50 ms | p99 ms | failures |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const variant of variants) {
    for (const w of await runVariant(size, targets, variant, windows, seconds)) {
      lines.push(
        `| ${variant.warmUp ? 'on' : 'off'} | ${String(variant.idleSeconds)} s | ${String(w.window)} | ` +
          `${String(w.requests)} | ${w.throughput.toFixed(0)} | ${ms(w.p50)} | ${ms(w.p99)} | ` +
          `${String(w.failures)} |`,
      );
    }
  }
  const out = values.out ?? join(repoRoot, 'bench', 'reports', `cold-start-${size}.md`);
  await writeFile(out, `${lines.join('\n')}\n`);
  console.log(`wrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
