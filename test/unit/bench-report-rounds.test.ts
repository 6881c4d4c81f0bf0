import { describe, expect, it } from 'vitest';
import { cpuSeconds } from '../../bench/api/contestants.js';
import {
  cpuTable,
  latencyTable,
  ratioTable,
  stackTable,
  type Measurement,
  type Report,
} from '../../bench/api/report.js';

// The API benchmark's report over several rounds: each cell is the median of its rounds, and a ratio is the
// median of the rounds' own ratios (ours and the floor paired within a round), with their range.
function measurement(
  contestant: Measurement['contestant'],
  round: number | undefined,
  connections: number,
  p50: number,
  throughput: number,
): Measurement {
  return {
    op: 'entities',
    contestant,
    connections,
    ...(round === undefined ? {} : { round }),
    requests: 100,
    throughput,
    p50,
    p95: p50 * 2,
    p99: p50 * 3,
    failures: 0,
    maxRssMb: 100,
    loadAverage: 1,
  };
}

function report(results: Measurement[], rounds?: number): Report {
  return {
    size: 'M',
    command: 'test',
    startedAt: '2026-12-02T00:00:00.000Z',
    cpus: 2,
    loadAverage: { start: 1, end: 1 },
    seconds: 1,
    warmupSeconds: 0,
    ...(rounds === undefined ? {} : { rounds }),
    connections: [1, 32],
    graph: {},
    targets: {},
    operations: [{ id: 'entities', title: 'entities list' }],
    startupSeconds: {},
    checks: [],
    results,
  };
}

describe('bench:api report over rounds', () => {
  it('gives each cell the median of its rounds and each ratio the median of paired rounds with its range', () => {
    // Round 2 is a noisy minute for both: its ratio (30/15 = 2.0) is the median; the medians of the cells
    // (ours 12, floor 10) would give 1.2, a pair never measured together.
    const r = report(
      [
        measurement('ours', 1, 1, 12, 80),
        measurement('floor', 1, 1, 4, 250),
        measurement('ours', 2, 1, 30, 30),
        measurement('floor', 2, 1, 15, 60),
        measurement('ours', 3, 1, 10, 100),
        measurement('floor', 3, 1, 10, 100),
        measurement('ours', 1, 32, 100, 300),
        measurement('floor', 1, 32, 50, 600),
        measurement('peer', 1, 32, 200, 150),
      ],
      3,
    );
    const ratios = ratioTable(r);
    expect(ratios).toContain('| entities list | 2.00 (1.00–3.00; ≤ 1.2) | 2.00 | 0.50 | 2.00 | 300 ms |');
    const latency = latencyTable(r);
    expect(latency).toContain('| entities list | ours | 12 | 24 | 36 | 80 | 100 | 200 | 300 | 300 |');
    expect(latency).toContain('| entities list | floor | 10 | 20 | 30 | 100 | 50 | 100 | 150 | 600 |');
  });

  it('reads a report from before rounds (no round field) as one round', () => {
    const r = report([
      measurement('ours', undefined, 1, 6, 150),
      measurement('floor', undefined, 1, 3, 300),
      measurement('ours', undefined, 32, 100, 300),
      measurement('floor', undefined, 32, 50, 600),
    ]);
    expect(ratioTable(r)).toContain('| entities list | 2.00 (≤ 1.2) | 2.00 | 0.50 | peer not run | 300 ms |');
  });

  it("gives each contestant's CPU per request as the median of its rounds, with ours/floor", () => {
    const cpu = (m: Measurement, ms: number | null): Measurement => ({ ...m, cpuMsPerRequest: ms });
    const r = report(
      [
        cpu(measurement('ours', 1, 1, 12, 80), 6),
        cpu(measurement('ours', 2, 1, 12, 80), 9),
        cpu(measurement('ours', 3, 1, 12, 80), 7),
        cpu(measurement('floor', 1, 1, 4, 250), 2),
        cpu(measurement('ours', 1, 32, 100, 300), 8),
        cpu(measurement('floor', 1, 32, 50, 600), 2),
        cpu(measurement('peer', 1, 32, 200, 150), null),
      ],
      3,
    );
    expect(cpuTable(r)).toContain('| entities list | 7.0 | 2.0 | – | 8.0 | 2.0 | – | 4.00 |');
    // Reports from before the CPU was measured get no table.
    expect(cpuTable(report([measurement('ours', 1, 1, 12, 80)]))).toBe('');
  });

  it("sets the stack beside each target's budget over the floor", () => {
    const cpu = (m: Measurement, ms: number): Measurement => ({ ...m, cpuMsPerRequest: ms });
    // The list's target is 1.2: a floor p50 of 4 ms (the median of 3, 4, 5) leaves 0.8 ms.
    const r = report(
      [
        measurement('floor', 1, 1, 3, 300),
        measurement('floor', 2, 1, 5, 200),
        measurement('floor', 3, 1, 4, 250),
        cpu(measurement('stack', 1, 1, 1.5, 600), 1.4),
        cpu(measurement('stack', 2, 1, 0.9, 900), 1),
        cpu(measurement('stack', 3, 1, 1.2, 800), 1.2),
        measurement('ours', 1, 1, 9, 100),
        measurement('floor', 1, 32, 50, 600),
      ],
      3,
    );
    expect(stackTable(r)).toContain(
      '| entities list | ≤ 1.2 | 4.0 ms | 0.8 ms | 1.2 ms | 1.2 ms | no | 9.0 ms |',
    );
    const within = report([measurement('floor', 1, 1, 10, 100), measurement('stack', 1, 1, 1.9, 500)]);
    expect(stackTable(within)).toContain('| 10 ms | 2.0 ms | 1.9 ms | – | yes | – |');
    // A report without the stack gets no table.
    expect(stackTable(report([measurement('ours', 1, 1, 12, 80)]))).toBe('');
  });

  it("reads a process's CPU time from /proc, growing as it works", async () => {
    const before = await cpuSeconds(process.pid);
    expect(before).toBeGreaterThan(0);
    // Work until Node itself counts 150 ms more CPU (wall time would not do on a loaded machine).
    const start = process.cpuUsage();
    let spin = 0;
    for (let used = 0; used < 150_000; spin += 1) {
      const { user, system } = process.cpuUsage(start);
      used = user + system;
    }
    const after = await cpuSeconds(process.pid);
    expect(spin).toBeGreaterThan(0);
    expect((after ?? 0) - (before ?? 0)).toBeGreaterThanOrEqual(0.1);
    expect(await cpuSeconds(2 ** 22 + 12_345)).toBeNull();
  });
});
