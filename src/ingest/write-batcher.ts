/**
 * Group commit for writes that arrive together (concurrent `ingestArticle` mutations): while a write is in
 * flight, the items submitted meanwhile wait and then go together in the next one. A transaction of one ~3 KB
 * article costs Neo4j some 40 ms of CPU, an article in a batch 10–18 ms (bench/ingest.ts): most of a lone
 * article's write is the transaction itself (the commit, the text index's refresh after it). A lone item is
 * written at once, as before; nothing waits for a timer.
 *
 * Each caller gets its own answer: a batch that fails is written again item by item, so one item's failure (an
 * entity deleted meanwhile, a refusal) reaches its caller alone and never the others' (unless every item would
 * fail alike: the database away). An item is acknowledged only once the transaction holding it has committed.
 */

export interface BatchLimits<I> {
  /** Items in one write at most. */
  readonly maxItems: number;
  /** The sum of `weight` over one write's items at most (an item heavier than this goes alone). */
  readonly maxWeight: number;
  readonly weight: (item: I) => number;
  /**
   * An error every item of a failed batch would meet alike (the database away): given to each caller as it is,
   * without writing the items again one by one.
   */
  readonly shared?: (error: unknown) => boolean;
}

interface Waiting<I, R> {
  readonly item: I;
  resolve(result: R): void;
  reject(error: unknown): void;
}

export class WriteBatcher<I, R> {
  private readonly queue: Waiting<I, R>[] = [];
  private inFlight = false;

  /** `write` answers one result per item, in the items' order (as writeAnalyses does). */
  constructor(
    private readonly write: (items: I[]) => Promise<R[]>,
    private readonly limits: BatchLimits<I>,
  ) {}

  submit(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.next();
    });
  }

  /** Items waiting for the write in flight to finish. */
  get waiting(): number {
    return this.queue.length;
  }

  private next(): void {
    if (this.inFlight || this.queue.length === 0) return;
    const batch = this.take();
    this.inFlight = true;
    void this.run(batch).finally(() => {
      this.inFlight = false;
      this.next();
    });
  }

  /** The oldest waiting items, as many as the limits allow, and at least one. */
  private take(): Waiting<I, R>[] {
    let weight = 0;
    let count = 0;
    for (const waiting of this.queue) {
      const w = this.limits.weight(waiting.item);
      if (count > 0 && (count >= this.limits.maxItems || weight + w > this.limits.maxWeight)) break;
      weight += w;
      count += 1;
    }
    return this.queue.splice(0, count);
  }

  private async run(batch: readonly Waiting<I, R>[]): Promise<void> {
    if (batch.length > 1) {
      try {
        const results = await this.write(batch.map((w) => w.item));
        batch.forEach((w, i) => {
          const result = results[i];
          if (result === undefined) w.reject(new Error('a batched write returned no result for an item'));
          else w.resolve(result);
        });
        return;
      } catch (error) {
        if (this.limits.shared?.(error) === true) {
          for (const w of batch) w.reject(error);
          return;
        }
        // Written again one by one below: each caller gets its own result or its own error.
      }
    }
    await Promise.all(batch.map((w) => this.writeAlone(w)));
  }

  private async writeAlone(waiting: Waiting<I, R>): Promise<void> {
    try {
      const [result] = await this.write([waiting.item]);
      if (result === undefined) throw new Error('a write returned no result');
      waiting.resolve(result);
    } catch (error) {
      waiting.reject(error);
    }
  }
}
