/**
 * Batches of work whose first half is CPU in this thread (analysis) and whose second half is mostly waiting on
 * another process (a write Neo4j does on its own cores): the next batch's first half runs while the batch before
 * is written. Neo4j spends 10–18 ms of CPU per ~3 KB article it writes and the analysis ~14 ms here, so one
 * after the other leaves a core idle much of the time (`bench/ingest.ts`, batches of 100: 36.5 → 44.1 articles/s on
 * average over five runs).
 */
import { setImmediate as turn } from 'node:timers/promises';

export interface BatchStages<I, A, R> {
  /** Synchronous CPU work on one item. */
  prepare(item: I): A;
  /** One batch's asynchronous write; results in the order of the prepared items. */
  write(prepared: A[]): Promise<R[]>;
}

/**
 * Yields each batch's results in input order. Writes run one at a time, in order; while one is in flight the
 * next batch is prepared item by item, giving the event loop a turn between items so that the write's round
 * trips (sent and answered on this thread's loop) are held up by one item's work at most. A failed write ends
 * the iteration with its error; nothing after it is written.
 */
export async function* overlapBatches<I, A, R>(
  items: readonly I[],
  size: number,
  stages: BatchStages<I, A, R>,
): AsyncGenerator<R[], void, undefined> {
  let writing: Promise<R[]> | null = null;
  for (let start = 0; start < items.length; start += size) {
    const prepared: A[] = [];
    for (const item of items.slice(start, start + size)) {
      prepared.push(stages.prepare(item));
      if (writing) await turn();
    }
    const done: R[] | null = writing ? await writing : null;
    writing = stages.write(prepared);
    // Awaited in the next round or after the loop; until then a rejection must not count as unhandled.
    writing.catch(() => undefined);
    if (done) yield done;
  }
  if (writing) yield await writing;
}
