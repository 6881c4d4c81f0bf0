// WriteBatcher (src/ingest/write-batcher.ts): a lone item is written at once; items submitted while a write is in
// flight go together in the next one, within the limits; each caller gets its own result, or its own error when
// one item of a batch fails; an error every item would meet is given to all without writing them again.
import { describe, expect, it } from 'vitest';
import { WriteBatcher } from '../../src/ingest/write-batcher.js';

/** A write whose calls stay in flight until released, recording each call's items. */
function gatedWrite(fail?: (items: string[]) => Error | null) {
  const calls: string[][] = [];
  const releases: (() => void)[] = [];
  const write = (items: string[]) => {
    calls.push(items);
    return new Promise<string[]>((resolve, reject) => {
      releases.push(() => {
        const error = fail?.(items) ?? null;
        if (error) reject(error);
        else resolve(items.map((item) => `${item}!`));
      });
    });
  };
  /** Lets every write in flight answer, then gives the batcher a turn to start the next. */
  const release = async () => {
    for (const r of releases.splice(0)) r();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { calls, write, release };
}

/** Submits, marking the promise as handled: some are meant to reject, and are awaited only later. */
function submit(batcher: WriteBatcher<string, string>, item: string): Promise<string> {
  const result = batcher.submit(item);
  result.catch(() => undefined);
  return result;
}

const limits = { maxItems: 3, maxWeight: 100, weight: (item: string) => item.length };

describe('WriteBatcher', () => {
  it('writes a lone item at once, and what arrives meanwhile together next, within the limits', async () => {
    const w = gatedWrite();
    const batcher = new WriteBatcher(w.write, limits);
    const first = batcher.submit('a');
    expect(w.calls).toEqual([['a']]);
    const rest = ['b', 'c', 'd', 'e'].map((item) => batcher.submit(item));
    expect(batcher.waiting).toBe(4);
    await w.release();
    expect(w.calls).toEqual([['a'], ['b', 'c', 'd']]);
    await w.release();
    expect(w.calls).toEqual([['a'], ['b', 'c', 'd'], ['e']]);
    await w.release();
    expect(await Promise.all([first, ...rest])).toEqual(['a!', 'b!', 'c!', 'd!', 'e!']);
  });

  it('keeps a batch under the weight limit; an item heavier than it goes alone', async () => {
    const w = gatedWrite();
    const batcher = new WriteBatcher(w.write, { ...limits, maxItems: 10, maxWeight: 5 });
    const all = [
      batcher.submit('x'),
      batcher.submit('aaa'),
      batcher.submit('bb'),
      batcher.submit('cccccccc'),
    ];
    await w.release();
    await w.release();
    await w.release();
    expect(w.calls).toEqual([['x'], ['aaa', 'bb'], ['cccccccc']]);
    expect(await Promise.all(all)).toEqual(['x!', 'aaa!', 'bb!', 'cccccccc!']);
  });

  it('gives one item’s failure to its caller alone: the batch is written again item by item', async () => {
    const w = gatedWrite((items) => (items.includes('bad') ? new Error('entity deleted') : null));
    const batcher = new WriteBatcher(w.write, limits);
    const first = submit(batcher, 'a');
    const [b, bad, c] = ['b', 'bad', 'c'].map((item) => submit(batcher, item));
    await w.release();
    await w.release();
    expect(w.calls).toEqual([['a'], ['b', 'bad', 'c'], ['b'], ['bad'], ['c']]);
    await w.release();
    await expect(first).resolves.toBe('a!');
    await expect(b).resolves.toBe('b!');
    await expect(c).resolves.toBe('c!');
    await expect(bad).rejects.toThrow('entity deleted');
  });

  it('gives an error every item would meet to all of them without writing again', async () => {
    const away = new Error('database away');
    const w = gatedWrite((items) => (items.length > 1 ? away : null));
    const batcher = new WriteBatcher(w.write, { ...limits, shared: (error) => error === away });
    const first = submit(batcher, 'a');
    const rest = ['b', 'c'].map((item) => submit(batcher, item));
    await w.release();
    await w.release();
    expect(w.calls).toEqual([['a'], ['b', 'c']]);
    await expect(first).resolves.toBe('a!');
    for (const p of rest) await expect(p).rejects.toBe(away);
  });

  it('goes on after a failure: the next items are written', async () => {
    const w = gatedWrite((items) => (items[0] === 'a' ? new Error('refused') : null));
    const batcher = new WriteBatcher(w.write, limits);
    const first = submit(batcher, 'a');
    const second = submit(batcher, 'b');
    await w.release();
    await w.release();
    await expect(first).rejects.toThrow('refused');
    await expect(second).resolves.toBe('b!');
    expect(batcher.waiting).toBe(0);
  });
});
