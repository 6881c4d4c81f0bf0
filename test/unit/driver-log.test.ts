// Driver warnings are aggregated: under pool exhaustion or an outage the driver writes a multi-line warning per
// request (6,667 of them, 7.3 MB, in one measurement); here each kind is written once, on one line, and its
// repeats as one line per interval with a count.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { DriverLog } from '../../src/neo4j/driver-log.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  let bytes = 0;
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { lines, bytes: () => bytes, logger: createLogger('info', stream) };
}

/** What the driver writes when it cannot hand a connection back, stack included. */
const releaseWarning = (n: number): string =>
  `Connection [bolt-${n}][${1000 + n}] failed to release: Neo4jError: Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 50, Idle conn count = 0.
    at new Neo4jError (/srv/node_modules/neo4j-driver-core/lib/error.js:77:28)
    at newError (/srv/node_modules/neo4j-driver-core/lib/error.js:113:12)
    at Timeout._onTimeout (/srv/node_modules/neo4j-driver-bolt-connection/lib/pool/pool.js:185:31)`;

describe('driver log aggregation', () => {
  it('writes 6,667 repeated multi-line warnings as two one-line entries', async () => {
    const out = capture();
    const log = new DriverLog(out.logger, 60_000);
    for (let n = 0; n < 6_667; n += 1) log.write('warn', releaseWarning(n));
    log.close();
    await new Promise((resolve) => setImmediate(resolve));

    expect(out.lines).toHaveLength(2);
    expect(out.lines[0]).toMatchObject({ level: 40, component: 'neo4j-driver' });
    expect(out.lines[0]?.msg).toMatch(/^Connection \[bolt-0\]\[1000\] failed to release/);
    expect(out.lines[1]).toMatchObject({ level: 40, repeated: 6_666 });
    for (const line of out.lines) expect(String(line.msg)).not.toMatch(/\n|node_modules/);
    expect(out.bytes()).toBeLessThan(2_000);
  });

  it('counts kinds apart, per interval, and forgets a kind that went quiet', async () => {
    const out = capture();
    const log = new DriverLog(out.logger, 60_000);
    log.write('warn', releaseWarning(1));
    log.write('error', 'Failed to connect to server 127.0.0.1:7687');
    log.write('warn', releaseWarning(2));
    log.write('warn', releaseWarning(3));
    log.flush();
    // Interval 2: only the connection error repeats; interval 3: the release warning is new again.
    log.write('error', 'Failed to connect to server 127.0.0.1:7687');
    log.flush();
    log.write('warn', releaseWarning(4));
    log.close();
    await new Promise((resolve) => setImmediate(resolve));

    expect(out.lines.map((l) => [l.level, l.repeated ?? 1])).toEqual([
      [40, 1],
      [50, 1],
      [40, 2],
      [50, 1],
      [40, 1],
    ]);
  });
});
