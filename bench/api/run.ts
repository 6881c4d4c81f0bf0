// `npm run bench:api -- [--size M] [--seconds 10] [--warmup 2] [--rounds 1] [--connections 1,32] [--ops id,...]
// [--contestants ours,floor,peer,stack]`: the service, the floor (one hand-written statement per operation) and
// the peer (@neo4j/graphql) on the same synthetic graph (npm run generate -- --size M first; or NEO4J_URI),
// interleaved per operation, with autocannon; and the stack (Apollo Server alone, answering ours' requests from
// memory) at the lowest concurrency. Writes bench/reports/api-<size>.md and .json (`--out` elsewhere).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { repoRoot } from '../../src/config.js';
import { graphCountsByLabel } from '../../src/ingest/seed.js';
import { createLogger } from '../../src/logger.js';
import { connectGraph } from '../../src/neo4j/connect.js';
import { isSizeName } from '../corpus/corpus.js';
import { benchConfig, benchNeo4j } from '../neo4j.js';
import { startContestant, type Contestant, type Neo4jEnv } from './contestants.js';
import { runLoad, requestOnce } from './load.js';
import {
  answerError,
  CONTESTANT_NAMES,
  digest,
  OPERATIONS,
  requestOf,
  type ContestantName,
  type Targets,
} from './operations.js';
import { markdown, type Report } from './report.js';

const load1 = (): number => loadavg()[0] ?? Number.NaN;

export async function pickTargets(env: Neo4jEnv): Promise<Report['targets']> {
  const driver = neo4j.driver(env.NEO4J_URI, neo4j.auth.basic(env.NEO4J_USERNAME, env.NEO4J_PASSWORD), {
    disableLosslessIntegers: true,
  });
  try {
    const text = await readFile(join(import.meta.dirname, 'targets.cypher'), 'utf8');
    const { records } = await driver.executeQuery(text);
    const row = records[0]?.toObject() as Report['targets'] | undefined;
    if (!row?.hub) throw new Error('no entity with mentions in this graph: run npm run generate first');
    return row;
  } finally {
    await driver.close();
  }
}

/** What the operations' requests are built from: the picked entities' ids, and the median one's name to search. */
export function operationTargets(picked: Report['targets']): Targets {
  return {
    hub: picked.hub?.id ?? '',
    median: picked.median?.id ?? '',
    popular: picked.popular?.id ?? '',
    searchText: picked.median?.name ?? '',
  };
}

export interface BenchOptions {
  size: string;
  seconds: number;
  warmupSeconds: number;
  /** Times every cell is measured, the contestants interleaved each time; the report gives the median. */
  rounds: number;
  connections: number[];
  ops: string[] | null;
  /** Who runs (all three by default). */
  contestants: readonly ContestantName[];
  out: string;
  command: string;
}

/** Runs the benchmark on the Neo4j at `env` and writes the reports; returns the report. */
export async function benchmark(env: Neo4jEnv, options: BenchOptions): Promise<Report> {
  const startLoad = load1();
  const targets = await pickTargets(env);
  const t = operationTargets(targets);
  const logger = createLogger('warn');
  const { db, close } = await connectGraph(
    { uri: env.NEO4J_URI, username: env.NEO4J_USERNAME, password: env.NEO4J_PASSWORD, database: 'neo4j' },
    { acquisitionTimeoutMs: 10_000, queryTimeoutMs: 60_000 },
    logger,
  );
  const graph = await graphCountsByLabel(db).finally(close);
  const operations = OPERATIONS.filter((o) => options.ops === null || options.ops.includes(o.id));

  const contestants: Contestant[] = [];
  try {
    // One at a time, so each start-up is measured alone; the stack last, as it serves ours' answers.
    const names = (['floor', 'peer', 'ours', 'stack'] as const).filter((n) =>
      options.contestants.includes(n),
    );
    for (const name of names) {
      contestants.push(await startContestant(name, env, contestants.find((c) => c.name === 'ours')?.url));
    }
    const by = new Map(contestants.map((c) => [c.name, c]));

    const checks: Report['checks'] = [];
    for (const op of operations) {
      const digests = new Map<ContestantName, unknown>();
      for (const c of contestants) {
        const who = c.name;
        const make = requestOf(op, who);
        if (!make) continue;
        const { status, body } = await requestOnce(c.url, make(t));
        digests.set(who, digest(op.id, who, body));
        checks.push({ op: op.id, contestant: who, error: answerError(status, body), sameAsFloor: null });
      }
      for (const check of checks.filter((c) => c.op === op.id && c.contestant !== 'floor')) {
        const mine = digests.get(check.contestant);
        if (mine !== null && mine !== undefined && digests.has('floor')) {
          check.sameAsFloor = JSON.stringify(mine) === JSON.stringify(digests.get('floor'));
        }
      }
    }
    for (const c of checks.filter((x) => x.error !== null || x.sameAsFloor === false)) {
      console.warn(`check ${c.op}/${c.contestant}: ${c.error ?? 'differs from the floor'}`);
    }

    const results: Report['results'] = [];
    const lowest = Math.min(...options.connections);
    // Round after round over every operation, so a noisy minute on the shared machine hits one round of each
    // cell rather than every round of one; the report takes each cell's median and each round's paired ratios.
    for (let round = 1; round <= options.rounds; round++) {
      for (const [index, op] of operations.entries()) {
        // Rotate who goes first, so no contestant always runs on a machine the previous one warmed or tired.
        const order = (['ours', 'floor', 'peer', 'stack'] as const).filter(
          (w) => requestOf(op, w) && by.has(w),
        );
        const turn = (index + round - 1) % order.length;
        const rotated = [...order.slice(turn), ...order.slice(0, turn)];
        for (const connections of options.connections) {
          for (const who of rotated) {
            const c = by.get(who);
            const make = requestOf(op, who);
            if (!c || !make) continue;
            // The stack is measured against the latency targets, which are at the lowest concurrency.
            if (who === 'stack' && connections !== lowest) continue;
            const spec = make(t);
            if (options.warmupSeconds > 0)
              await runLoad(c.url, spec, { connections, seconds: options.warmupSeconds });
            const result = await runLoad(c.url, spec, {
              connections,
              seconds: options.seconds,
              watchPid: c.pid,
            });
            results.push({ ...result, op: op.id, contestant: who, connections, round, loadAverage: load1() });
            console.log(
              `${op.id} ${who} c=${String(connections)} round ${String(round)}: p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ${result.throughput.toFixed(0)} req/s, CPU ${result.cpuMsPerRequest?.toFixed(2) ?? '–'} ms/request` +
                `${result.failures > 0 ? `, ${String(result.failures)} failures` : ''} (load ${load1().toFixed(1)})`,
            );
          }
        }
      }
    }

    const report: Report = {
      size: options.size,
      command: options.command,
      startedAt: new Date().toISOString(),
      cpus: cpus().length,
      loadAverage: { start: startLoad, end: load1() },
      seconds: options.seconds,
      warmupSeconds: options.warmupSeconds,
      rounds: options.rounds,
      connections: options.connections,
      graph,
      targets,
      operations: operations.map((o) => ({
        id: o.id,
        title: o.title,
        ...(o.peerCannot ? { peerCannot: o.peerCannot } : {}),
      })),
      startupSeconds: Object.fromEntries(contestants.map((c) => [c.name, c.startupSeconds])),
      checks,
      results,
    };
    await mkdir(options.out, { recursive: true });
    await writeFile(join(options.out, `api-${options.size}.json`), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(join(options.out, `api-${options.size}.md`), await markdown(report, options.out));
    return report;
  } finally {
    for (const c of contestants) await c.stop();
  }
}

function contestantNames(list: string): ContestantName[] {
  const names = list.split(',');
  for (const n of names) {
    if (!(CONTESTANT_NAMES as readonly string[]).includes(n)) throw new Error(`unknown contestant ${n}`);
  }
  return names as ContestantName[];
}

function wholeNumber(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${flag} must be a whole number of at least 1, not ${text}`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'M' },
      seconds: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      rounds: { type: 'string', default: '1' },
      connections: { type: 'string', default: '1,32' },
      ops: { type: 'string' },
      // The peer's statements are unbounded (the hub's every mention, no timeout): on size L they outlive the
      // load generator and take the machine for minutes, so an L run may leave it out.
      contestants: { type: 'string', default: 'ours,floor,peer,stack' },
      out: { type: 'string', default: join(repoRoot, 'bench', 'reports') },
    },
  });
  const size = values.size;
  if (!isSizeName(size)) throw new Error(`--size must be S, M or L, not ${size}`);
  const logger = createLogger('warn');
  const config = benchConfig(size);
  const acquired = await benchNeo4j(size, logger);
  try {
    const report = await benchmark(
      { NEO4J_URI: acquired.uri, NEO4J_USERNAME: config.neo4j.username, NEO4J_PASSWORD: acquired.password },
      {
        size,
        seconds: Number(values.seconds),
        warmupSeconds: Number(values.warmup),
        rounds: wholeNumber('--rounds', values.rounds),
        connections: values.connections.split(',').map(Number),
        ops: values.ops?.split(',') ?? null,
        contestants: contestantNames(values.contestants),
        out: values.out,
        command: `npm run bench:api -- ${process.argv.slice(2).join(' ')}`.trim(),
      },
    );
    console.log(`\nreport: ${join(values.out, `api-${report.size}.md`)}`);
  } finally {
    await acquired.stop();
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
