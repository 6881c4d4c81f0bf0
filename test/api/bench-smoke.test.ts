import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { benchmark } from '../../bench/api/run.js';
import { OPERATIONS } from '../../bench/api/operations.js';
import type { Report } from '../../bench/api/report.js';
import { openTestDb } from '../support/db.js';

// A few seconds of `npm run bench:api` on the test graph (the curated graph and sample corpus, not a generated
// size: loading size S takes minutes here): the four contestants start, every operation answers without
// errors in each of two rounds (the stack at the lowest concurrency only), ours, the peer and the stack give the
// floor's answer where answers are comparable, and both reports are written.
describe('npm run bench:api (smoke)', () => {
  const { uri, username, password } = inject('neo4j');
  let out = '';

  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('runs every operation on the four contestants and writes the Markdown and JSON reports', async () => {
    // The shared test graph: seeded once per run, read only here.
    await (await openTestDb()).close();
    out = await mkdtemp(join(tmpdir(), 'kg-bench-smoke-'));
    const report = await benchmark(
      { NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password },
      {
        size: 'S',
        // Two rounds of half a second: the rounds are what is tested here, not the figures.
        seconds: 0.5,
        warmupSeconds: 0,
        rounds: 2,
        connections: [1, 4],
        ops: null,
        contestants: ['ours', 'floor', 'peer', 'stack'],
        out,
        command: 'smoke',
      },
    );

    expect(report.checks.filter((c) => c.error !== null)).toEqual([]);
    expect(report.checks.filter((c) => c.sameAsFloor === false)).toEqual([]);
    for (const op of OPERATIONS) {
      for (const who of ['ours', 'floor', 'stack', ...(op.peerCannot ? [] : ['peer'])]) {
        const runs = report.results.filter((r) => r.op === op.id && r.contestant === who);
        expect(
          runs.map((r) => `${String(r.round)}:${String(r.connections)}`),
          `${op.id}/${who}`,
        ).toEqual(who === 'stack' ? ['1:1', '2:1'] : ['1:1', '1:4', '2:1', '2:4']);
        for (const r of runs) {
          expect(r.failures, `${op.id}/${who} failures`).toBe(0);
          expect(r.requests, `${op.id}/${who} answered`).toBeGreaterThan(0);
          // Half a second of load is a few clock ticks of CPU: a number, perhaps 0.
          expect(r.cpuMsPerRequest, `${op.id}/${who} CPU`).toBeGreaterThanOrEqual(0);
        }
      }
    }
    expect(report.startupSeconds.ours).toBeGreaterThan(0);
    expect(report.results.find((r) => r.contestant === 'ours')?.maxRssMb).toBeGreaterThan(0);
    const oursCpu = report.results.filter((r) => r.contestant === 'ours').map((r) => r.cpuMsPerRequest ?? 0);
    expect(Math.max(...oursCpu)).toBeGreaterThan(0);

    const saved = JSON.parse(await readFile(join(out, 'api-S.json'), 'utf8')) as Report;
    expect(saved.results).toHaveLength(report.results.length);
    const md = await readFile(join(out, 'api-S.md'), 'utf8');
    for (const op of OPERATIONS) expect(md).toContain(op.title);
    expect(md).toContain('the median of 2 rounds');
    expect(md).toContain("## CPU per request (ms, the contestant's own process)");
    expect(md).toContain('## What the stack alone costs');
    // The stack answered with ours' answers (the checks above compared them with the floor's too).
    expect(report.checks.filter((c) => c.contestant === 'stack').map((c) => c.op)).toEqual(
      OPERATIONS.map((o) => o.id),
    );
  }, 300_000);
});
