// Neo4j taken away under a bounded, mixed load over real HTTP: killed (SIGKILL) and started again on the same
// port and data, then frozen (SIGSTOP) and thawed. Every request is answered, within the bounds the README
// documents: UNAVAILABLE fast during the outage, /health/ready 503 within a second, a frozen server's queries
// cut at NEO4J_QUERY_TIMEOUT_MS, service back within 5 s of Neo4j's return, no restart. A ledger of every
// write shows each acknowledged ingest, alias and merge in the graph afterwards, and every failure reported.
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { CONFIRM_TIMEOUT_MS, DEADLINE_GRACE_MS } from '../../src/neo4j/guard.js';
import { startService, type RunningService } from '../../src/service.js';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.js';
import { EDITOR_KEY, asEditor, createEntity, uniqueSuffix } from '../support/service.js';
import { loadDriver, summarise, type Phase } from '../support/load.js';

/**
 * The deadline under test: short, so the frozen phase is short, but long enough for a freshly (re)started
 * Neo4j to compile its first plans on a busy machine.
 */
const QUERY_TIMEOUT_MS = 6_000;
/**
 * Documented bound: a request during an outage is answered UNAVAILABLE within this (measured: 0.75-1.3 s at
 * worst on a 2-core machine at load average 13; the circuit answers at once, a test statement in ms).
 */
const FAIL_FAST_MS = 2_000;
/**
 * Documented bound: a request to a frozen Neo4j is answered within this (Neo4j's timeout, the grace after which
 * the service cuts the statement itself, the probe that tells a frozen server from a slow one, slack for load).
 */
const FROZEN_BOUND_MS = QUERY_TIMEOUT_MS + DEADLINE_GRACE_MS + CONFIRM_TIMEOUT_MS + 1_500;
/** The bounds: readiness answers within 1 s, service resumes within 5 s of Neo4j's return. */
const READY_BOUND_MS = 1_000;
const RECOVERY_BOUND_MS = 5_000;

let own: OwnNeo4j | undefined;
let service: RunningService | undefined;
const circuit: { state: string; at: number }[] = [];
const s = uniqueSuffix();

beforeAll(async () => {
  own = await startOwnNeo4j();
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    API_KEYS: `editor:${EDITOR_KEY}`,
    SEED_ON_EMPTY: 'false',
    NEO4J_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
    // The limits under test here are the database's; rate limits would refuse the load first.
    RATE_LIMIT_ADDRESS_REQUESTS: '0',
    RATE_LIMIT_KEY_REQUESTS: '0',
    RATE_LIMIT_COST: '0',
  });
  // Internal errors (none expected) are logged, so a failure here shows what they were.
  service = await startService(config, createLogger('error'), own.connection);
  service.reliability.events.on('circuit', ({ state }) => circuit.push({ state, at: Date.now() }));
}, 300_000);

afterAll(async () => {
  // Either may be missing when start-up failed; the own Neo4j is removed whatever happened to the service.
  await service?.stop().catch(() => undefined);
  await own?.remove();
});

/** A fresh Neo4j compiles its first plans slowly on a busy machine: set-up writes are tried until they pass. */
async function untilAnswered<T>(make: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await make();
    } catch (error) {
      if (tries >= 10) throw error;
      await sleep(1_000);
    }
  }
}

function running(): { own: OwnNeo4j; service: RunningService } {
  if (!own || !service) throw new Error('start-up failed');
  return { own, service };
}

describe('Neo4j killed, restarted on the same port and data, then frozen and thawed, under load', () => {
  it('answers every request within the bounds and loses no acknowledged write', async () => {
    const { own, service } = running();
    const url = service.url;
    // Made a few at a time: a burst of writes on a cold Neo4j would wait for the lane (and be told "busy").
    const targets: string[] = [];
    for (const i of [1, 2, 3])
      targets.push(
        await untilAnswered(() => createEntity(url, { kind: 'PERSON', name: `Ledger ${i} ${s}` })),
      );
    const pairs: [string, string][] = [];
    for (let i = 0; i < 30; i += 1) {
      const company = (what: string) =>
        untilAnswered(() =>
          createEntity(url, { kind: 'ORGANISATION', name: `${what} Company ${i} ${s}`, orgType: 'COMPANY' }),
        );
      pairs.push(await Promise.all([company('Kept'), company('Merged')]));
    }
    // A client of the test's own, as a fresh application would connect: tells when Neo4j answers again.
    const driver = neo4j.driver(own.connection.uri, neo4j.auth.basic('neo4j', ''));
    const firstAnswer = async (): Promise<void> => {
      const until = Date.now() + 120_000;
      while (Date.now() < until) {
        const session = driver.session({ defaultAccessMode: neo4j.session.READ });
        try {
          await session.run('MATCH (e:Entity {id: $id}) RETURN e.name', { id: targets[0] });
          return;
        } catch {
          await sleep(100);
        } finally {
          await session.close();
        }
      }
    };
    const load = loadDriver(url, { workers: 3, pauseMs: 60, targets, pairs, suffix: s, headers: asEditor });

    const phases: Phase[] = [];
    const mark = (name: Phase['name']): void => {
      phases.push({ name, at: Date.now() });
    };
    // Every kind of request answered once: Neo4j has compiled the plans the load needs.
    await load.waitForEach(['ingest', 'alias', 'merge', 'read'], 60_000);
    await sleep(1_000);
    mark('killed');
    await own.kill();
    await sleep(3_000);
    mark('restarting');
    await own.restart();
    mark('back');
    await firstAnswer();
    mark('answering');
    await load.waitForSuccessAfter(Date.now(), 60_000);
    await sleep(2_000);
    mark('frozen');
    own.freeze();
    await sleep(QUERY_TIMEOUT_MS + DEADLINE_GRACE_MS + CONFIRM_TIMEOUT_MS + 2_000);
    mark('thawed');
    own.thaw();
    await load.waitForSuccessAfter(Date.now(), 60_000);
    await sleep(1_500);
    const { calls, polls, ledger } = await load.stop();

    const at = (name: Phase['name']): number => phases.find((p) => p.name === name)?.at ?? NaN;
    const report = {
      ...summarise(calls, polls, phases),
      restartMs: at('back') - at('restarting'),
      writes: Object.fromEntries(
        (['ingest', 'alias', 'merge'] as const).map((kind) => [
          kind,
          {
            acknowledged: ledger.acknowledged.filter((w) => w.kind === kind).length,
            failed: ledger.failed.filter((w) => w.kind === kind).length,
          },
        ]),
      ),
      circuitAfterRestart: circuit
        .filter((c) => c.at >= at('back'))
        .map((c) => `${c.state}+${c.at - at('back')}`),
    };
    // One line for the README's figures (and for whoever reads a failure).
    console.log(JSON.stringify(report));

    // Every request answered, with data or a stable code; nothing internal, no status but 200 and 503. A
    // Neo4j just restarted or thawed may end a slow statement at its own timeout: LIMIT_EXCEEDED, also reported.
    for (const call of calls) {
      expect(call.networkError, JSON.stringify(call)).toBeUndefined();
      expect([200, 503], JSON.stringify(call)).toContain(call.status);
      if (!call.ok) expect(['UNAVAILABLE', 'LIMIT_EXCEEDED'], JSON.stringify(call)).toContain(call.code);
    }
    // The outage: everything started while Neo4j was down failed, fast, with UNAVAILABLE.
    const down = calls.filter((c) => c.startedAt > at('killed') + 100 && c.startedAt < at('back'));
    expect(down.length).toBeGreaterThan(10);
    for (const call of down) {
      expect(call.ok, JSON.stringify(call)).toBe(false);
      expect(call.code, JSON.stringify(call)).toBe('UNAVAILABLE');
      expect(call.durationMs, JSON.stringify(call)).toBeLessThanOrEqual(FAIL_FAST_MS);
    }
    // Readiness: 503 within a second, whether Neo4j was down or frozen.
    // A poll that was still waiting when Neo4j came back or thawed may rightly answer 200: only polls over
    // before that count.
    const unready = polls.filter(
      (p) =>
        (p.startedAt > at('killed') + 100 && p.startedAt + p.durationMs < at('back')) ||
        (p.startedAt > at('frozen') + 100 && p.startedAt + p.durationMs < at('thawed')),
    );
    expect(unready.length).toBeGreaterThan(10);
    for (const poll of unready) {
      expect(poll.status, JSON.stringify(poll)).toBe(503);
      expect(poll.durationMs, JSON.stringify(poll)).toBeLessThan(READY_BOUND_MS);
    }
    // Frozen: cut at the deadline (plus the probe that tells a frozen server from a slow query).
    const frozen = calls.filter((c) => c.startedAt >= at('frozen') && c.startedAt < at('thawed'));
    expect(frozen.some((c) => !c.ok)).toBe(true);
    for (const call of frozen) {
      expect(call.durationMs, JSON.stringify(call)).toBeLessThanOrEqual(FROZEN_BOUND_MS);
    }
    // Back within 5 s of Neo4j's return, without a restart of the service. Neo4j's return is when it answers a
    // fresh client: a JVM just started can take seconds more for its first query on a busy machine, and no
    // client, this service included, is served before that.
    expect(report.recoveryMs.afterFirstAnswer).toBeLessThanOrEqual(RECOVERY_BOUND_MS);
    expect(report.readyAgainMs.afterFirstAnswer).toBeLessThanOrEqual(RECOVERY_BOUND_MS);
    expect(report.recoveryMs.afterThaw).toBeLessThanOrEqual(RECOVERY_BOUND_MS);
    expect(report.readyAgainMs.afterThaw).toBeLessThanOrEqual(RECOVERY_BOUND_MS);

    // The ledger: every acknowledged write is in the graph; there were acknowledged and failed ones of each.
    expect(ledger.acknowledged.length).toBeGreaterThan(10);
    for (const kind of ['ingest', 'alias', 'merge'] as const) {
      expect(ledger.acknowledged.some((w) => w.kind === kind)).toBe(true);
      expect(ledger.failed.some((w) => w.kind === kind)).toBe(true);
    }
    try {
      const missing = await ledger.missingFrom(driver);
      expect(missing).toEqual([]);
    } finally {
      await driver.close();
    }
    // Two JVM starts (the first and the restart) take 30 s on a quiet machine and minutes on a busy one.
  }, 480_000);
});
