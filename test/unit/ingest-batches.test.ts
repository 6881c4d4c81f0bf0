// overlapBatches (src/ingest/batches.ts): the next batch is prepared while one is written, writes go one at a time
// in order, every result comes back in input order, and a failed write stops everything after it.
import { describe, expect, it } from 'vitest';
import { overlapBatches } from '../../src/ingest/batches.js';

/** A write that stays in flight until released, recording what happened meanwhile. */
function recorder() {
  const log: string[] = [];
  const pending: (() => void)[] = [];
  let inFlight = 0;
  let most = 0;
  return {
    log,
    mostInFlight: () => most,
    stages: {
      prepare: (n: number) => {
        log.push(`prepare ${String(n)}`);
        return n * 10;
      },
      write: (prepared: number[]) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        log.push(`write ${prepared.join(',')}`);
        return new Promise<number[]>((resolve) => {
          // Answered a few turns later, as a Neo4j round trip would be.
          pending.push(() => {
            inFlight -= 1;
            log.push(`written ${prepared.join(',')}`);
            resolve(prepared.map((p) => p + 1));
          });
          setTimeout(() => pending.shift()?.(), 5);
        });
      },
    },
  };
}

async function collect<R>(batches: AsyncGenerator<R[]>): Promise<R[][]> {
  const out: R[][] = [];
  for await (const batch of batches) out.push(batch);
  return out;
}

describe('overlapBatches', () => {
  it('yields every result in input order, batch by batch', async () => {
    const r = recorder();
    const out = await collect(overlapBatches([1, 2, 3, 4, 5, 6, 7], 3, r.stages));
    expect(out).toEqual([[11, 21, 31], [41, 51, 61], [71]]);
  });

  it('prepares the next batch while the one before is written, one write at a time', async () => {
    const r = recorder();
    await collect(overlapBatches([1, 2, 3, 4], 2, r.stages));
    expect(r.mostInFlight()).toBe(1);
    // Batch 2 is prepared after batch 1's write went out and before it was answered.
    expect(r.log.indexOf('write 10,20')).toBeLessThan(r.log.indexOf('prepare 3'));
    expect(r.log.indexOf('prepare 4')).toBeLessThan(r.log.indexOf('written 10,20'));
    expect(r.log.indexOf('written 10,20')).toBeLessThan(r.log.indexOf('write 30,40'));
  });

  it('gives the event loop a turn between items prepared during a write', async () => {
    const r = recorder();
    const turns: number[] = [];
    let ticking = true;
    const tick = () => {
      turns.push(r.log.length);
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    await collect(overlapBatches([1, 2, 3, 4, 5, 6], 3, r.stages));
    ticking = false;
    // While batch 1 was in flight, timers ran between the preparing of items 4, 5 and 6.
    const during = r.log.slice(r.log.indexOf('write 10,20,30'), r.log.indexOf('prepare 6') + 1);
    expect(during).toEqual(['write 10,20,30', 'prepare 4', 'prepare 5', 'prepare 6']);
    const at = (entry: string) => r.log.indexOf(entry) + 1;
    expect(turns).toContain(at('prepare 4'));
    expect(turns).toContain(at('prepare 5'));
  });

  it('stops at a failed write: its error, and nothing after it written', async () => {
    const written: number[][] = [];
    const batches = overlapBatches([1, 2, 3, 4, 5, 6], 2, {
      prepare: (n: number) => n,
      write: async (prepared: number[]) => {
        await new Promise((resolve) => setTimeout(resolve, 2));
        if (prepared[0] === 3) throw new Error('Neo4j went away');
        written.push(prepared);
        return prepared;
      },
    });
    await expect(collect(batches)).rejects.toThrow('Neo4j went away');
    expect(written).toEqual([[1, 2]]);
  });

  it('writes nothing for no items', async () => {
    const r = recorder();
    expect(await collect(overlapBatches([], 100, r.stages))).toEqual([]);
    expect(r.log).toEqual([]);
  });
});
