import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  TaskCancelledError,
  TimeoutStrategy,
  bulkhead,
  circuitBreaker,
  handleWhen,
  retry,
  timeout,
  type BulkheadPolicy,
  type CircuitBreakerPolicy,
  type RetryPolicy,
} from 'cockatiel';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Lane, ServiceEvents } from '../events.js';
import { BusyError, isOutage, isTransient, QueryDeadlineError, UnresponsiveError } from './driver-errors.js';
import { PlanGate } from './plan-gate.js';

/**
 * The policies around every statement the service sends to Neo4j (cockatiel), so that an outage, a frozen
 * server or a flood of heavy requests costs callers seconds at most, never the driver's 30 s retry window:
 *
 * 1. **Circuit**: once Neo4j is found unreachable (after the quick retries below) or unresponsive (a missed
 *    deadline that a `RETURN 1` confirms), every statement fails at once with UNAVAILABLE. After
 *    HALF_OPEN_AFTER_MS a `RETURN 1` is let through as a test (the next request's or readiness probe's); while it
 *    runs, the others still fail fast; its success closes the circuit, so service resumes about a second after
 *    Neo4j does.
 * 2. **Lanes**: statements of ordinary requests share NEO4J_MAX_CONCURRENT_QUERIES slots; statements of heavy
 *    requests (cost ≥ HEAVY_QUERY_COST) get NEO4J_MAX_CONCURRENT_HEAVY slots of their own, so a few clients
 *    asking for big pages cannot make a light read wait. A statement waits NEO4J_ACQUISITION_TIMEOUT_MS for a
 *    light slot (NEO4J_QUERY_TIMEOUT_MS for a heavy one) at most, then fails with UNAVAILABLE ("busy"). Both lanes together stay below the driver's pool, which
 *    is never exhausted by requests, and readiness probes skip the lanes.
 * 3. **Deadline**: Neo4j gets NEO4J_QUERY_TIMEOUT_MS as the transaction timeout and ends a slow query itself
 *    (LIMIT_EXCEEDED, "took too long"). Whatever the server does, the statement is cut here DEADLINE_GRACE_MS
 *    later: the transaction is abandoned and Neo4j asked for `RETURN 1`. Unanswered means Neo4j is not answering
 *    (UNAVAILABLE, and the circuit opens); answered means it is struggling (UNAVAILABLE, circuit closed).
 * 4. **Plans**: the first run of a statement goes alone, and runs of it that arrive meanwhile wait for it
 *    (plan-gate.ts): Neo4j just started would otherwise plan it once per run, all at once.
 * 5. **Retry**: transient failures (deadlocks, a connection that broke, a concurrent merge) run the work again,
 *    WRITE_ATTEMPTS times in all, 10 ms apart and growing, within the deadline. The driver's own retrying
 *    transaction functions are not used: they retry for 30 s.
 */

/**
 * How long after Neo4j's own transaction timeout the client-side deadline cuts a statement: Neo4j checks
 * timeouts every 2 s by default (every 200 ms in the local launcher), so a healthy server reports first.
 */
export const DEADLINE_GRACE_MS = 2_000;
/** Runs in all of a statement whose failures are transient. */
export const WRITE_ATTEMPTS = 5;
/** How long the circuit stays open before a statement may test whether Neo4j is back. */
export const HALF_OPEN_AFTER_MS = 1_000;
/** A `RETURN 1` must answer within this for the service to be ready. */
export const PROBE_TIMEOUT_MS = 700;
/**
 * After a missed deadline, a `RETURN 1` answering within this tells a slow query from a frozen server. Longer
 * than the readiness probe: a busy Neo4j compiling plans on a loaded machine must not count as an outage.
 */
export const CONFIRM_TIMEOUT_MS = 2_000;
/** Statements that may wait for a slot in one lane; more fail at once with UNAVAILABLE ("busy"). */
export const LANE_QUEUE = 500;

export interface GuardSettings {
  database: string;
  queryTimeoutMs: number;
  /** How long a statement may wait for a lane slot. */
  slotWaitMs: number;
  maxConcurrentQueries: number;
  maxConcurrentHeavy: number;
}

export type CircuitName = 'open' | 'half-open' | 'closed';

export interface GuardStats {
  circuit: CircuitName;
  lanes: Record<Lane, { running: number; queued: number; slots: number }>;
}

const circuitNames: Record<CircuitState, CircuitName> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Open]: 'open',
  [CircuitState.Isolated]: 'open',
};

type ProbeResult = 'answered' | 'silent';

export class DbGuard {
  private readonly circuit: CircuitBreakerPolicy;
  private readonly retries: RetryPolicy;
  private readonly lanes: Record<Lane, BulkheadPolicy>;
  private probing: Promise<ProbeResult> | undefined;
  /** Which statements Neo4j has planned, as far as this process saw; forgotten when the circuit opens. */
  readonly plans = new PlanGate();

  constructor(
    private readonly driver: Driver,
    private readonly settings: GuardSettings,
    private readonly events?: ServiceEvents,
  ) {
    this.circuit = circuitBreaker(handleWhen(isOutage), {
      halfOpenAfter: HALF_OPEN_AFTER_MS,
      // Outages are confirmed before they count: five refused attempts, or a deadline plus a silent probe.
      breaker: new ConsecutiveBreaker(1),
    });
    this.circuit.onStateChange((state) => {
      // Neo4j stopped answering, and may come back restarted with none of its plans.
      if (state === CircuitState.Open) this.plans.forget();
      this.events?.emit('circuit', { state: circuitNames[state] });
    });
    this.retries = retry(handleWhen(isTransient), {
      maxAttempts: WRITE_ATTEMPTS - 1,
      backoff: new ExponentialBackoff({ initialDelay: 10, maxDelay: 500 }),
    });
    this.lanes = {
      light: bulkhead(settings.maxConcurrentQueries, LANE_QUEUE),
      heavy: bulkhead(settings.maxConcurrentHeavy, LANE_QUEUE),
    };
  }

  /**
   * Runs `attempt` under the four policies. It may run several times (transient failures); each run gets a
   * signal that aborts when the deadline passes, after which its result is ignored and its transaction must
   * not be committed.
   */
  async run<T>(
    lane: Lane,
    attempt: (signal: AbortSignal) => Promise<T>,
    timeoutMs = this.settings.queryTimeoutMs,
  ): Promise<T> {
    // Cockatiel would queue every caller behind a half-open test; a caller here fails at once instead.
    if (this.circuit.state === CircuitState.HalfOpen) throw new BrokenCircuitError();
    // The circuit's test is a `RETURN 1`, never the caller's statement: a Neo4j that accepts connections while
    // still starting would hold that statement until it is ready, seconds past the fail-fast bound. The caller
    // waits PROBE_TIMEOUT_MS for the test at most and runs its statement only once the circuit has closed.
    if (this.circuit.state === CircuitState.Open && !(await this.ready())) throw new BrokenCircuitError();
    return this.circuit.execute(() =>
      this.inLane(lane, () => this.retries.execute(() => this.runOnce(attempt, timeoutMs))),
    );
  }

  /**
   * Whether Neo4j answers a `RETURN 1` within PROBE_TIMEOUT_MS, without waiting for a lane. While the circuit
   * is open this answers false at once. When a test is due, the probe is that test, and it may go on for
   * CONFIRM_TIMEOUT_MS after this has answered: a Neo4j just back and still slow closes the circuit all the same.
   */
  async ready(): Promise<boolean> {
    if (this.circuit.state === CircuitState.HalfOpen) return false;
    const check = this.circuit
      .execute(async () => {
        const testing = this.circuit.state === CircuitState.HalfOpen;
        const result = await this.probe(testing ? CONFIRM_TIMEOUT_MS : PROBE_TIMEOUT_MS);
        // A slow answer makes the service not ready, and keeps an open circuit open; it opens none by itself.
        if (result === 'silent' && testing) throw new UnresponsiveError('Neo4j did not answer a probe');
        return result === 'answered';
      })
      .catch(() => false);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => {
        resolve(false);
      }, PROBE_TIMEOUT_MS);
    });
    try {
      return await Promise.race([check, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  stats(): GuardStats {
    const lane = (policy: BulkheadPolicy, slots: number) => ({
      running: slots - policy.executionSlots,
      queued: LANE_QUEUE - policy.queueSlots,
      slots,
    });
    return {
      circuit: circuitNames[this.circuit.state],
      lanes: {
        light: lane(this.lanes.light, this.settings.maxConcurrentQueries),
        heavy: lane(this.lanes.heavy, this.settings.maxConcurrentHeavy),
      },
    };
  }

  /**
   * A slot in the lane, waited for NEO4J_ACQUISITION_TIMEOUT_MS at most in the light lane. A heavy request's
   * statements queue behind each other by design (15 aliased searches share 2 slots), so they may wait as long
   * as a statement may run: heavy clients are served slowly rather than refused, and light ones not delayed.
   */
  private async inLane<T>(lane: Lane, work: () => Promise<T>): Promise<T> {
    const waitMs =
      lane === 'heavy'
        ? Math.max(this.settings.slotWaitMs, this.settings.queryTimeoutMs)
        : this.settings.slotWaitMs;
    const giveUp = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        giveUp.abort();
        reject(new BusyError(`no ${lane} slot within ${waitMs} ms`));
      }, waitMs);
    });
    try {
      // A queued statement whose wait ended is dropped by the bulkhead when its turn comes (aborted signal).
      const running = this.lanes[lane].execute(() => {
        clearTimeout(timer);
        return work();
      }, giveUp.signal);
      return await Promise.race([running, waited]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** One run with its deadline (transient failures run it again, each time with a deadline of its own). */
  private async runOnce<T>(attempt: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
    try {
      // abortOnReturn: false: the signal means "the deadline passed" to attempt(), which stops listening when it
      // returns; aborting it on every return as well built a DOMException with its stack trace per statement.
      return await timeout(ms + DEADLINE_GRACE_MS, {
        strategy: TimeoutStrategy.Aggressive,
        abortOnReturn: false,
      }).execute(({ signal }) => attempt(signal));
    } catch (error) {
      if (!(error instanceof TaskCancelledError)) throw error;
      if ((await this.probe(CONFIRM_TIMEOUT_MS)) === 'answered') {
        throw new QueryDeadlineError(`Neo4j did not end the query at its ${ms} ms timeout`);
      }
      throw new UnresponsiveError(`Neo4j answered nothing within ${ms} ms`);
    }
  }

  /**
   * Whether a `RETURN 1` answers within `waitMs`. One is outstanding at a time, however many callers ask (a
   * frozen server does not collect a probe per request); a refused connection is thrown.
   */
  private async probe(waitMs: number): Promise<ProbeResult> {
    this.probing ??= this.runProbe().finally(() => {
      this.probing = undefined;
    });
    let timer: NodeJS.Timeout | undefined;
    const silent = new Promise<ProbeResult>((resolve) => {
      timer = setTimeout(() => {
        resolve('silent');
      }, waitMs);
    });
    try {
      return await Promise.race([this.probing, silent]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async runProbe(): Promise<ProbeResult> {
    // A session of its own, not executeQuery: the driver would retry a refused connection for 30 s.
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      await session.run('RETURN 1');
      return 'answered';
    } finally {
      await session.close();
    }
  }
}
