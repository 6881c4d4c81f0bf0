import type { Logger } from '../logger.js';

/** How often repeated driver warnings are summed up in one line. */
export const DRIVER_LOG_INTERVAL_MS = 10_000;
/** Kinds of message tracked at once; past this, new kinds share one count. */
const MAX_KINDS = 50;

interface Pending {
  level: 'warn' | 'error';
  sample: string;
  count: number;
}

/**
 * The driver writes a multi-line warning, with a stack, each time it fails to release a connection: under pool
 * exhaustion or an outage that is one per request, which any anonymous client could turn into megabytes of log
 * (6,667 warnings, 7.3 MB in one measurement). Here each kind of message (its first line, numbers and ids
 * blanked) is written once, on its first line only; repeats within DRIVER_LOG_INTERVAL_MS are counted and
 * written as one line per kind per interval, with the count.
 */
export class DriverLog {
  private readonly pending = new Map<string, Pending>();
  private readonly seen = new Set<string>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly logger: Logger,
    intervalMs = DRIVER_LOG_INTERVAL_MS,
  ) {
    this.timer = setInterval(() => {
      this.flush();
    }, intervalMs);
    this.timer.unref();
  }

  /** The `logging.logger` function handed to the driver. */
  readonly write = (level: string, message: string): void => {
    const severity = level === 'error' ? 'error' : 'warn';
    const firstLine = message.split('\n', 1)[0]?.slice(0, 500) ?? '';
    let kind = `${severity} ${firstLine.replace(/[0-9a-f]{6,}|\d+/gi, '#')}`;
    if (!this.seen.has(kind)) {
      if (this.seen.size >= MAX_KINDS) kind = `${severity} (other)`;
      else {
        this.seen.add(kind);
        this.logger[severity]({ component: 'neo4j-driver' }, firstLine);
        return;
      }
    }
    const entry = this.pending.get(kind) ?? { level: severity, sample: firstLine, count: 0 };
    entry.count += 1;
    this.pending.set(kind, entry);
  };

  /** Writes one line per kind repeated since the last flush; a kind quiet for a whole interval is forgotten. */
  flush(): void {
    const repeated = new Set(this.pending.keys());
    for (const { level, sample, count } of this.pending.values()) {
      this.logger[level](
        { component: 'neo4j-driver', repeated: count },
        `${sample} (repeated ${count} times)`,
      );
    }
    this.pending.clear();
    for (const kind of this.seen) if (!repeated.has(kind)) this.seen.delete(kind);
  }

  close(): void {
    clearInterval(this.timer);
    this.flush();
  }
}
