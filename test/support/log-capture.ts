import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger, type Logger } from '../../src/logger.js';

export type LogLine = Record<string, unknown>;

export interface CapturedLogs {
  /** A logger writing here, for startTestService's `logger` option. */
  logger: Logger;
  /** Every line, parsed. */
  lines: LogLine[];
  /** Every line as written. */
  raw: string[];
  /** The lines of one request, waiting briefly until `until` holds (a request's line follows its response). */
  linesOf(requestId: string, until: (found: LogLine[]) => boolean): Promise<LogLine[]>;
}

/** The service's JSON log lines, kept for a test to read. */
export function captureLogs(level = 'info'): CapturedLogs {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line) as LogLine);
      }
      done();
    },
  });
  return {
    logger: createLogger(level, sink),
    lines,
    raw,
    linesOf: async (requestId, until) => {
      for (let i = 0; i < 50; i += 1) {
        const found = lines.filter((line) => line.requestId === requestId);
        if (until(found)) return found;
        await sleep(20);
      }
      return lines.filter((line) => line.requestId === requestId);
    },
  };
}

/** A request's "request completed" (or "request failed") line. */
export const completion = (found: LogLine[]): LogLine | undefined =>
  found.find((line) => line.msg === 'request completed' || line.msg === 'request failed');
