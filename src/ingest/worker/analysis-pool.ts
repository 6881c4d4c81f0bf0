import { performance } from 'node:perf_hooks';
import { Piscina } from 'piscina';
import type { ServiceEvents } from '../../events.js';
import type { ArticleAnalysis } from '../analyse.js';
import type { AnalysisTask } from './analysis-thread.js';

/** A thread idle this long is ended; the next article starts one again (about 0.5 s of start-up). */
const IDLE_THREAD_MS = 60_000;
/** Articles waiting for a thread at most; more are refused as busy rather than queued without end. */
const MAX_QUEUED = 64;

/**
 * The thread's module: built JavaScript loads directly (npm start runs dist/); TypeScript run through tsx goes
 * through analysis-thread.mjs, which registers tsx in the thread first.
 */
function threadEntry(here: string): string {
  return new URL(here.endsWith('.js') ? './analysis-thread.js' : './analysis-thread.mjs', here).href;
}

/**
 * Ingestion's CPU work (parse, sentences, linking, candidates: seconds for a 200 KB article) on worker threads
 * (piscina), so the event loop keeps answering other requests and health checks meanwhile. INGEST_WORKERS
 * threads at most; the first starts with the first article.
 */
export class AnalysisPool {
  private readonly pool: Piscina<AnalysisTask, ArticleAnalysis>;

  constructor(
    threads: number,
    private readonly events?: ServiceEvents,
  ) {
    this.pool = new Piscina({
      filename: threadEntry(import.meta.url),
      name: 'analyseTask',
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: IDLE_THREAD_MS,
      maxQueue: MAX_QUEUED,
    });
  }

  async analyse(task: AnalysisTask): Promise<ArticleAnalysis> {
    const started = performance.now();
    let ok = false;
    try {
      const analysis = await this.pool.run(task);
      ok = true;
      return analysis;
    } finally {
      this.events?.emit('articleAnalysed', {
        durationMs: performance.now() - started,
        bytes: Buffer.byteLength(task.raw, 'utf8'),
        ok,
      });
    }
  }

  /** Threads, busy threads and articles waiting for one, for metrics. */
  stats(): { threads: number; busy: number; queued: number } {
    const threads = this.pool.threads.length;
    return { threads, busy: threads - this.pool.idleThreads, queued: this.pool.queueSize };
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
