import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadResult } from './load.js';
import type { ContestantName } from './operations.js';

export interface Measurement extends LoadResult {
  op: string;
  contestant: ContestantName;
  connections: number;
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
const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || b === 0 || Number.isNaN(a) || Number.isNaN(b)
    ? '–'
    : (a / b).toFixed(2);

function find(r: Report, op: string, who: ContestantName, connections: number): Measurement | undefined {
  return r.results.find((m) => m.op === op && m.contestant === who && m.connections === connections);
}

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
    for (const who of ['ours', 'floor', 'peer'] as const) {
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
    const ours = (c: number) => find(r, op.id, 'ours', c);
    const floor = (c: number) => find(r, op.id, 'floor', c);
    const peer = find(r, op.id, 'peer', high);
    lines.push(
      `| ${op.title} | ${ratio(ours(low)?.p50, floor(low)?.p50)} (≤ ${target.toFixed(1)}) | ${ratio(ours(high)?.p50, floor(high)?.p50)} | ${ratio(ours(high)?.throughput, floor(high)?.throughput)} | ${peer ? ratio(ours(high)?.throughput, peer.throughput) : op.peerCannot ? 'peer cannot' : 'peer not run'} | ${ms(ours(high)?.p99)} ms |`,
    );
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
  return [
    `# API benchmark, size ${r.size}`,
    '',
    `\`${r.command}\` — ${r.startedAt}, ${String(r.cpus)} CPUs, load average ${r.loadAverage.start.toFixed(1)} at the start and ${r.loadAverage.end.toFixed(1)} at the end (the machine is shared: ratios are the figures to read). Each cell: ${String(r.seconds)} s of autocannon after ${String(r.warmupSeconds)} s of warm-up, contestants interleaved per operation on the same database. Ours runs as \`npm start\` runs it (the JavaScript \`npm run build\` writes into dist/); the floor and the peer are benchmark scripts run through tsx.`,
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
