import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadResult } from './load.js';
import type { ContestantName } from './operations.js';
import { percentile } from '../percentile.js';

export interface Measurement extends LoadResult {
  op: string;
  contestant: ContestantName;
  connections: number;
  /** Which pass over the operations (1…rounds); reports from before rounds have one and no field. */
  round?: number;
  /** One-minute load average when the run ended: the machine is shared. */
  loadAverage: number;
}

export interface Report {
  size: string;
  command: string;
  startedAt: string;
  cpus: number;
  loadAverage: { start: number; end: number };
  seconds: number;
  warmupSeconds: number;
  /** Absent in reports from before rounds: one. */
  rounds?: number;
  connections: number[];
  graph: Record<string, number>;
  targets: Record<string, { id: string; name: string; mentions: number }>;
  operations: { id: string; title: string; peerCannot?: string }[];
  startupSeconds: Partial<Record<ContestantName, number>>;
  checks: { op: string; contestant: ContestantName; error: string | null; sameAsFloor: boolean | null }[];
  results: Measurement[];
}

// JSON has no NaN: a run without answers comes back from a saved report as null.
const ms = (v: number | null | undefined): string =>
  v === undefined || v === null || Number.isNaN(v) ? '–' : v.toFixed(v < 10 ? 1 : 0);
/** A cell's figures: the median over its rounds of each (one round: that round's). */
interface Cell {
  p50: number;
  p95: number;
  p99: number;
  throughput: number;
}

const median = (values: number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

function measurements(r: Report, op: string, who: ContestantName, connections: number): Measurement[] {
  return r.results.filter((m) => m.op === op && m.contestant === who && m.connections === connections);
}

function find(r: Report, op: string, who: ContestantName, connections: number): Cell | undefined {
  const runs = measurements(r, op, who, connections);
  if (runs.length === 0) return undefined;
  return {
    p50: median(runs.map((m) => m.p50)),
    p95: median(runs.map((m) => m.p95)),
    p99: median(runs.map((m) => m.p99)),
    throughput: median(runs.map((m) => m.throughput)),
  };
}

/**
 * a/b of one figure, paired round by round (both ran minutes apart at most, on the same machine state), as the
 * median of the rounds' ratios, with their range when there was more than one round.
 */
function pairedRatio(
  r: Report,
  op: string,
  [a, b]: [ContestantName, ContestantName],
  connections: number,
  figure: keyof Cell,
): { median: number; range: [number, number] | null } | undefined {
  const theirs = measurements(r, op, b, connections);
  const ratios = measurements(r, op, a, connections).flatMap((m) => {
    const other = theirs.find((o) => (o.round ?? 1) === (m.round ?? 1));
    return other && other[figure] > 0 ? [m[figure] / other[figure]] : [];
  });
  const finite = ratios.filter((x) => Number.isFinite(x));
  if (finite.length === 0) return undefined;
  return {
    median: median(finite),
    range: finite.length > 1 ? [Math.min(...finite), Math.max(...finite)] : null,
  };
}

const ratioText = (x: ReturnType<typeof pairedRatio>, extra?: string): string => {
  if (!x) return '–';
  const inside = [x.range ? `${x.range[0].toFixed(2)}–${x.range[1].toFixed(2)}` : '', extra ?? '']
    .filter((part) => part !== '')
    .join('; ');
  return inside ? `${x.median.toFixed(2)} (${inside})` : x.median.toFixed(2);
};

/** The service's highest RSS over the run's measurements at the highest concurrency. */
export function maxRss(r: Report, who: ContestantName): number | undefined {
  const values = r.results.filter((m) => m.contestant === who).map((m) => m.maxRssMb ?? 0);
  return values.length > 0 ? Math.max(...values) : undefined;
}

/** Ratio thresholds of issue 9 (size M): entity pages and the list ≤ 1.2 of the floor, the rest ≤ 1.5. */
const FLOOR_TARGET: Record<string, number> = { 'entity-median': 1.2, 'entity-hub': 1.2, entities: 1.2 };

export function latencyTable(r: Report): string {
  const [low, high] = [Math.min(...r.connections), Math.max(...r.connections)];
  const lines = [
    `| operation | contestant | p50 c=${String(low)} | p95 c=${String(low)} | p99 c=${String(low)} | req/s c=${String(low)} | p50 c=${String(high)} | p95 c=${String(high)} | p99 c=${String(high)} | req/s c=${String(high)} |`,
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const op of r.operations) {
    for (const who of ['ours', 'floor', 'peer', 'stack'] as const) {
      const a = find(r, op.id, who, low);
      const b = find(r, op.id, who, high);
      if (!a && !b) continue;
      lines.push(
        `| ${op.title} | ${who} | ${ms(a?.p50)} | ${ms(a?.p95)} | ${ms(a?.p99)} | ${ms(a?.throughput)} | ${ms(b?.p50)} | ${ms(b?.p95)} | ${ms(b?.p99)} | ${ms(b?.throughput)} |`,
      );
    }
  }
  return lines.join('\n');
}

export function ratioTable(r: Report): string {
  const [low, high] = [Math.min(...r.connections), Math.max(...r.connections)];
  const lines = [
    `| operation | ours/floor p50 c=${String(low)} (target) | ours/floor p50 c=${String(high)} | ours/floor req/s c=${String(high)} | ours/peer req/s c=${String(high)} (target ≥ 1.5) | ours p99 c=${String(high)} |`,
    '|---|--:|--:|--:|--:|--:|',
  ];
  for (const op of r.operations) {
    const target = FLOOR_TARGET[op.id] ?? 1.5;
    const vsFloor = (c: number, figure: keyof Cell) => pairedRatio(r, op.id, ['ours', 'floor'], c, figure);
    const vsPeer = pairedRatio(r, op.id, ['ours', 'peer'], high, 'throughput');
    const peerCell = vsPeer ? ratioText(vsPeer) : op.peerCannot ? 'peer cannot' : 'peer not run';
    lines.push(
      `| ${op.title} | ${ratioText(vsFloor(low, 'p50'), `≤ ${target.toFixed(1)}`)} | ${ratioText(vsFloor(high, 'p50'))} | ${ratioText(vsFloor(high, 'throughput'))} | ${peerCell} | ${ms(find(r, op.id, 'ours', high)?.p99)} ms |`,
    );
  }
  return lines.join('\n');
}

/**
 * The stack (Apollo Server and graphql-js alone, answering ours' requests from memory) beside each latency
 * target's budget: the milliseconds the target leaves over the floor's p50 at the lowest concurrency. Where the
 * stack alone takes more, no service on that stack can meet the target on this machine. Empty when the stack did
 * not run.
 */
const inMs = (v: number | undefined): string => (v === undefined ? '–' : `${ms(v)} ms`);

export function stackTable(r: Report): string {
  if (!r.results.some((m) => m.contestant === 'stack')) return '';
  const low = Math.min(...r.connections);
  const lines = [
    `| operation | target ours/floor p50 c=${String(low)} | floor p50 | budget over the floor | stack p50 | stack CPU per request | stack within the budget | ours p50 |`,
    '|---|--:|--:|--:|--:|--:|---|--:|',
  ];
  for (const op of r.operations) {
    const target = FLOOR_TARGET[op.id] ?? 1.5;
    const floor = find(r, op.id, 'floor', low)?.p50;
    const stack = find(r, op.id, 'stack', low)?.p50;
    const budget = floor === undefined ? undefined : (target - 1) * floor;
    const within = budget === undefined || stack === undefined ? '–' : stack <= budget ? 'yes' : 'no';
    lines.push(
      `| ${op.title} | ≤ ${target.toFixed(1)} | ${inMs(floor)} | ${inMs(budget)} | ${inMs(stack)} | ${inMs(cpuPerRequest(r, op.id, 'stack', low))} | ${within} | ${inMs(find(r, op.id, 'ours', low)?.p50)} |`,
    );
  }
  return lines.join('\n');
}

/** A contestant's CPU per request in one cell, the median over its rounds; undefined where not measured. */
function cpuPerRequest(r: Report, op: string, who: ContestantName, connections: number): number | undefined {
  const values = measurements(r, op, who, connections).flatMap((m) =>
    typeof m.cpuMsPerRequest === 'number' && Number.isFinite(m.cpuMsPerRequest) ? [m.cpuMsPerRequest] : [],
  );
  return values.length > 0 ? median(values) : undefined;
}

/**
 * Each contestant's own CPU per request (its process's user and system time over the run, divided by the
 * answers), with ours/floor at the highest concurrency; empty for reports from before it was measured.
 */
export function cpuTable(r: Report): string {
  if (!r.results.some((m) => typeof m.cpuMsPerRequest === 'number')) return '';
  const who = ['ours', 'floor', 'peer'] as const;
  const high = Math.max(...r.connections);
  const lines = [
    `| operation | ${r.connections.flatMap((c) => who.map((w) => `${w} c=${String(c)}`)).join(' | ')} | ours/floor c=${String(high)} |`,
    `|---|${r.connections.flatMap(() => who.map(() => '--:')).join('|')}|--:|`,
  ];
  for (const op of r.operations) {
    const cells = r.connections.flatMap((c) => who.map((w) => ms(cpuPerRequest(r, op.id, w, c))));
    const [ours, floor] = [cpuPerRequest(r, op.id, 'ours', high), cpuPerRequest(r, op.id, 'floor', high)];
    const ratio = ours !== undefined && floor !== undefined && floor > 0 ? (ours / floor).toFixed(2) : '–';
    lines.push(`| ${op.title} | ${cells.join(' | ')} | ${ratio} |`);
  }
  return lines.join('\n');
}

/** Ours at the lowest concurrency, p50 per operation, for every size with a report in `dir`. */
export async function sizeTable(dir: string): Promise<string> {
  const reports: Report[] = [];
  for (const file of (await readdir(dir).catch(() => [])).filter((f) => /^api-[SML]\.json$/.test(f)).sort()) {
    reports.push(JSON.parse(await readFile(join(dir, file), 'utf8')) as Report);
  }
  if (reports.length === 0) return '';
  const order = ['S', 'M', 'L'];
  reports.sort((a, b) => order.indexOf(a.size) - order.indexOf(b.size));
  const ops = reports[0]?.operations ?? [];
  const header = `| operation | ${reports.map((r) => `${r.size} (${String(r.graph.Article ?? '?')} articles, ${String(r.graph.MENTIONED_IN ?? '?')} mentions; load ${r.loadAverage.end.toFixed(1)})`).join(' | ')} |`;
  const lines = [header, `|---|${reports.map(() => '--:').join('|')}|`];
  for (const op of ops) {
    const cells = reports.map((r) => {
      const low = Math.min(...r.connections);
      const m = find(r, op.id, 'ours', low);
      const f = find(r, op.id, 'floor', low);
      return m ? `${ms(m.p50)} ms (floor ${ms(f?.p50)})` : '–';
    });
    lines.push(`| ${op.title} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export async function markdown(r: Report, dir: string): Promise<string> {
  const targets = Object.entries(r.targets)
    .map(([k, t]) => `${k} \`${t.id}\` (${t.name}, ${String(t.mentions)} mentions)`)
    .join('; ');
  const cannot = r.operations.filter((o) => o.peerCannot).map((o) => `- ${o.title}: ${o.peerCannot ?? ''}`);
  const failed = r.checks.filter((c) => c.error !== null || c.sameAsFloor === false);
  const rss = (['ours', 'floor', 'peer'] as const).map((w) => `${w} ${ms(maxRss(r, w))} MB`).join(', ');
  const startup = (['ours', 'floor', 'peer'] as const)
    .map((w) => `${w} ${r.startupSeconds[w]?.toFixed(1) ?? '–'} s`)
    .join(', ');
  const bySize = await sizeTable(dir);
  const cpu = cpuTable(r);
  const stack = stackTable(r);
  const rounds = r.rounds ?? 1;
  return [
    `# API benchmark, size ${r.size}`,
    '',
    `\`${r.command}\` — ${r.startedAt}, ${String(r.cpus)} CPUs, load average ${r.loadAverage.start.toFixed(1)} at the start and ${r.loadAverage.end.toFixed(1)} at the end (the machine is shared: ratios are the figures to read). Each cell: ${rounds > 1 ? `the median of ${String(rounds)} rounds, each ` : ''}${String(r.seconds)} s of autocannon after ${String(r.warmupSeconds)} s of warm-up, contestants interleaved per operation on the same database${rounds > 1 ? "; a ratio is the median of the rounds' own ratios (each round pairs contestants measured minutes apart at most), their range in brackets" : ''}. Ours runs as \`npm start\` runs it (the JavaScript \`npm run build\` writes into dist/); the floor, the peer and the stack are benchmark scripts run through tsx.`,
    '',
    `Graph: ${Object.entries(r.graph)
      .map(([k, v]) => `${k} ${String(v)}`)
      .join(', ')}.`,
    '',
    `Targets: ${targets}.`,
    '',
    '## Ratios',
    '',
    ratioTable(r),
    '',
    '## Latency (ms) and throughput (requests/s)',
    '',
    latencyTable(r),
    '',
    `Start-up to first answer (Neo4j already running): ${startup}. Highest RSS while loaded: ${rss}.`,
    '',
    ...(cpu
      ? [
          "## CPU per request (ms, the contestant's own process)",
          '',
          "User and system time of the contestant's process over each run divided by the answers it gave, the median of the rounds: what each spends per request outside Neo4j, steadier than latency on a shared machine. The peer and the floor run through tsx, which compiles at start-up only; the stack's is in the next section.",
          '',
          cpu,
          '',
        ]
      : []),
    ...(stack
      ? [
          '## What the stack alone costs',
          '',
          "The stack is Apollo Server 5 on express 5 with graphql-js over the service's schema.graphql and nothing else: no database, no middleware, none of the service's resolvers or input checks (`bench/stack/server.ts`). It executes ours' request over ours' answer to it, fetched once and then held in memory. The budget is what a target leaves over the floor's p50: (target − 1) × the floor's p50. The stack's p50 includes an HTTP exchange the floor pays too; where it is well over the budget, no service built on this stack can meet the target here.",
          '',
          stack,
          '',
        ]
      : []),
    '## Answers',
    '',
    failed.length === 0
      ? 'Every contestant answered every operation without errors, and ours returned the same items as the floor wherever they are comparable item for item (all but search, which ranks differently by design).'
      : failed
          .map((c) => `- ${c.op} / ${c.contestant}: ${c.error ?? 'items differ from the floor'}`)
          .join('\n'),
    '',
    ...(cannot.length > 0 ? ['Operations the peer cannot express:', '', ...cannot, ''] : []),
    ...(bySize ? ['## Ours from size to size (p50 at the lowest concurrency)', '', bySize, ''] : []),
  ].join('\n');
}
