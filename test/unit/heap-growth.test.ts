import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const heapModule = new URL('../../src/heap.ts', import.meta.url).href;

/**
 * A child process that sets the limit the way main.ts does (after V8 has started), keeps ~30 MB alive and
 * churns objects that live long enough to be promoted, then prints the largest heap it saw, in MB.
 */
async function largestHeap(percent: number): Promise<number> {
  const script = `
    import v8 from 'node:v8';
    import { limitHeapGrowth } from ${JSON.stringify(heapModule)};
    limitHeapGrowth(${String(percent)});
    const live = Array.from({ length: 50 }, () => Array.from({ length: 10_000 }, (_, i) => ({ i })));
    const ring = new Array(64).fill(null);
    let max = 0;
    for (let round = 0; round < 2500; round++) {
      ring[round % 64] = Array.from({ length: 5_000 }, (_, i) => ({ i, round }));
      if (round % 50 === 0) max = Math.max(max, v8.getHeapStatistics().total_heap_size);
    }
    console.log(String(Math.round(max / 1e6)), live.length);`;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
  return Number(stdout.split(' ')[0]);
}

describe('limitHeapGrowth', () => {
  it('keeps the heap nearer its live size when set after start-up', async () => {
    const [free, capped] = await Promise.all([largestHeap(0), largestHeap(50)]);
    // V8 left alone grew to ~200 MB here, capped at 1.5x to ~110 MB.
    expect(capped).toBeGreaterThan(0);
    expect(capped).toBeLessThan(free * 0.75);
  }, 60_000);
});
