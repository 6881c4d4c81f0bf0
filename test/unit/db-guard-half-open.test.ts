import { setTimeout as sleep } from 'node:timers/promises';
import { BrokenCircuitError } from 'cockatiel';
import { Neo4jError, type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DbGuard, HALF_OPEN_AFTER_MS, PROBE_TIMEOUT_MS } from '../../src/neo4j/guard.js';

/**
 * The guard's policies against a stand-in for the driver's session: these tests are about timing decisions
 * (which statement is the circuit's test, how long a caller waits), which a real Neo4j cannot be made to
 * reproduce on demand; the outage itself is tested against a real one in test/api/faults-neo4j-outage.test.ts.
 */
type ServerState = { kind: 'down' } | { kind: 'starting'; readyAt: number } | { kind: 'up' };

const refused = () => new Neo4jError('connection refused', 'ServiceUnavailable', 'N/A', 'N/A');

/** What a statement does against the server: refused while down, held until ready while starting. */
async function answer(server: ServerState): Promise<void> {
  if (server.kind === 'down') throw refused();
  if (server.kind === 'starting') await sleep(Math.max(0, server.readyAt - Date.now()));
}

function setup() {
  const server: { state: ServerState } = { state: { kind: 'down' } };
  const driver = {
    session: () => ({
      run: () => answer(server.state),
      close: () => Promise.resolve(),
    }),
  } as unknown as Driver;
  const guard = new DbGuard(driver, {
    database: 'neo4j',
    queryTimeoutMs: 10_000,
    slotWaitMs: 1_000,
    maxConcurrentQueries: 4,
    maxConcurrentHeavy: 1,
  });
  let statements = 0;
  const statement = async () => {
    statements += 1;
    await answer(server.state);
    return 'rows';
  };
  return { server, guard, statement, statementsRun: () => statements };
}

async function timed<T>(work: Promise<T>): Promise<{ ms: number; result?: T; error?: unknown }> {
  const started = Date.now();
  try {
    const result = await work;
    return { ms: Date.now() - started, result };
  } catch (error) {
    return { ms: Date.now() - started, error };
  }
}

describe('the circuit to Neo4j, half-open', () => {
  it('fails a request fast while Neo4j accepts connections but is still starting, then serves once it is ready', async () => {
    const { server, guard, statement, statementsRun } = setup();
    // Down: the statement is refused (and retried), and the circuit opens.
    expect((await timed(guard.run('light', statement))).error).toBeInstanceOf(Neo4jError);
    expect(guard.stats().circuit).toBe('open');
    expect((await timed(guard.run('light', statement))).error).toBeInstanceOf(BrokenCircuitError);

    // Listening again, but anything sent waits 2.5 s for the database to start.
    server.state = { kind: 'starting', readyAt: Date.now() + HALF_OPEN_AFTER_MS + 2_500 };
    await sleep(HALF_OPEN_AFTER_MS + 50);
    const before = statementsRun();
    const testing = await timed(guard.run('light', statement));
    // The request due to test the circuit is refused within the probe's wait, not held until Neo4j is ready
    // (before, it ran its own statement as the test and answered after 2.5 s).
    expect(testing.error).toBeInstanceOf(BrokenCircuitError);
    expect(testing.ms).toBeLessThan(PROBE_TIMEOUT_MS + 300);
    expect(statementsRun()).toBe(before);

    // Neo4j ready: within a test interval the circuit closes and statements run.
    server.state = { kind: 'up' };
    const deadline = Date.now() + 3 * HALF_OPEN_AFTER_MS + 2_000;
    let served: { ms: number; result?: string; error?: unknown } = { ms: 0 };
    while (Date.now() < deadline) {
      served = await timed(guard.run('light', statement));
      if (served.result) break;
      await sleep(100);
    }
    expect(served.result).toBe('rows');
    expect(guard.stats().circuit).toBe('closed');
  });

  it('runs the request itself when the test finds Neo4j answering', async () => {
    const { server, guard, statement } = setup();
    await timed(guard.run('light', statement));
    expect(guard.stats().circuit).toBe('open');
    server.state = { kind: 'up' };
    await sleep(HALF_OPEN_AFTER_MS + 50);
    const first = await timed(guard.run('light', statement));
    expect(first.result).toBe('rows');
    expect(guard.stats().circuit).toBe('closed');
  });
});
