import { performance } from 'node:perf_hooks';
import neo4j, { type Driver, type Result, type SessionMode } from 'neo4j-driver';
import { AppError } from '../errors.js';
import type { Lane, ServiceEvents } from '../events.js';
import type { QueryCatalogue, QueryRef } from './catalogue.js';
import { mapDriverError } from './driver-errors.js';
import { DbGuard, type GuardStats } from './guard.js';
import { planKey } from './plan-gate.js';
import { toPlain, type Row } from './values.js';

export { WRITE_ATTEMPTS } from './guard.js';

export interface DbSettings {
  database: string;
  /**
   * The longest one statement or write transaction may take: Neo4j's transaction timeout, and the deadline
   * guard.ts keeps itself, so a runaway traversal or a frozen server cannot hold a request.
   */
  queryTimeoutMs: number;
  /** How long a statement may wait for a free slot (default 5 s). */
  slotWaitMs?: number;
  /** Statements of ordinary requests at once (default 16). */
  maxConcurrentQueries?: number;
  /** Statements of heavy requests at once (default 2). */
  maxConcurrentHeavy?: number;
}

/** A transaction handed to write work: statements are named, values are parameters. */
export interface WriteTx {
  run(ref: QueryRef, params?: Record<string, unknown>): Promise<Row[]>;
}

interface View {
  operation?: string | undefined;
  requestId?: string | undefined;
  queryTimeoutMs?: number;
}

/**
 * The deadline of schema migrations at start-up: a freshly started Neo4j compiles every plan for the first time,
 * which on a busy machine can take longer than a request may.
 */
export const MIGRATION_QUERY_TIMEOUT_MS = 120_000;

/**
 * Executes named statements, each under the policies of guard.ts (circuit, lanes, deadline, retries). Every
 * call is one round trip to Neo4j and is counted, so tests can assert that a GraphQL request costs a small
 * fixed number of them. Transactions carry metadata naming the statement (and the GraphQL operation), which
 * shows up in Neo4j's query log and `SHOW TRANSACTIONS`. Reads go out as READ transactions (routed to
 * followers on a cluster), writes as WRITE ones; both share the driver's bookmarks, so a read sees the
 * writes acknowledged before it.
 */
export class Db {
  roundTrips = 0;
  private lane: Lane = 'light';
  private readonly guard: DbGuard;
  private readonly events: ServiceEvents | undefined;
  private readonly view: View;

  constructor(
    private readonly driver: Driver,
    private readonly catalogue: QueryCatalogue,
    private readonly settings: DbSettings,
    options: { guard?: DbGuard; events?: ServiceEvents; view?: View } = {},
  ) {
    this.guard =
      options.guard ??
      new DbGuard(
        driver,
        {
          database: settings.database,
          queryTimeoutMs: settings.queryTimeoutMs,
          slotWaitMs: settings.slotWaitMs ?? 5_000,
          maxConcurrentQueries: settings.maxConcurrentQueries ?? 16,
          maxConcurrentHeavy: settings.maxConcurrentHeavy ?? 2,
        },
        options.events,
      );
    this.events = options.events;
    this.view = options.view ?? {};
  }

  /**
   * A view of the same driver (and the same circuit and lanes) with its own round-trip counter, one per
   * request; its transactions carry the GraphQL operation name and the request id (as in the request's log
   * line and `x-request-id`).
   */
  forRequest(operation?: string, requestId?: string): Db {
    return new Db(this.driver, this.catalogue, this.settings, {
      guard: this.guard,
      ...(this.events ? { events: this.events } : {}),
      view: { operation, requestId },
    });
  }

  /**
   * A view for a transaction written on behalf of several requests (ingests written together): it carries their
   * operation names and request ids, each once and comma-joined, so a slow write in Neo4j's log leads to them all.
   */
  forRequests(views: readonly Db[]): Db {
    const joined = (values: readonly (string | undefined)[]): string | undefined =>
      [...new Set(values.filter((v): v is string => v !== undefined))].join(',') || undefined;
    return this.forRequest(
      joined(views.map((v) => v.view.operation)),
      joined(views.map((v) => v.view.requestId)),
    );
  }

  /**
   * A view whose transactions may run for `ms` instead of NEO4J_QUERY_TIMEOUT_MS (Neo4j's transaction timeout and
   * the client-side deadline alike): for trusted batch work such as start-up seeding and migrations, which no
   * client waits on and which a loaded machine may make slow.
   */
  withQueryTimeout(ms: number): Db {
    return new Db(this.driver, this.catalogue, this.settings, {
      guard: this.guard,
      ...(this.events ? { events: this.events } : {}),
      view: { ...this.view, queryTimeoutMs: ms },
    });
  }

  /** Sends this view's statements to the heavy lane (a request whose cost is at least HEAVY_QUERY_COST). */
  useLane(lane: Lane): void {
    this.lane = lane;
  }

  /**
   * One read statement as an auto-commit transaction: RUN and PULL go out in one socket write and nothing is left
   * to commit, where an explicit transaction costs three writes (BEGIN, RUN+PULL, COMMIT) and three answers to
   * read. A read has nothing to commit, so the deadline's rule (nothing committed after it) holds as it is; its
   * timeout and metadata are the same.
   */
  read(ref: QueryRef, params: Record<string, unknown> = {}): Promise<Row[]> {
    const text = this.catalogue.text(ref);
    return this.transaction(ref.name, neo4j.session.READ, (tx) => runRows(tx, text, params), {
      autoCommit: true,
      plan: planKey(ref.name, params),
    });
  }

  /** A single idempotent write statement (MERGE on stable keys), run again on transient failures. */
  write(ref: QueryRef, params: Record<string, unknown> = {}): Promise<Row[]> {
    const text = this.catalogue.text(ref);
    return this.transaction(ref.name, neo4j.session.WRITE, (tx) => runRows(tx, text, params), {
      plan: planKey(ref.name, params),
    });
  }

  /**
   * Several statements in one write transaction. The work may run more than once (transient errors, and a
   * concurrent merge or delete makes it run again, WRITE_ATTEMPTS times at most), so it must be idempotent;
   * only the last run's result is returned, and only a run that finished before the deadline is committed.
   */
  writeTransaction<T>(label: string, work: (tx: WriteTx) => Promise<T>): Promise<T> {
    return this.transaction(label, neo4j.session.WRITE, (tx) =>
      work({ run: (ref, params = {}) => runRows(tx, this.catalogue.text(ref), params) }),
    );
  }

  /** Runs a statement that is not in the catalogue: schema migrations and EXPLAIN checks only. */
  async runSchema(text: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    this.roundTrips += 1;
    try {
      const result = await this.driver.executeQuery(text, params, {
        database: this.settings.database,
        routing: neo4j.routing.WRITE,
        transactionConfig: { metadata: this.metadata('schema') },
      });
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    } catch (error) {
      throw mapDriverError(error);
    }
  }

  /** Readiness: whether Neo4j answers within a second; false at once while the circuit is open. */
  ping(): Promise<boolean> {
    return this.guard.ready();
  }

  /** Circuit state and lane occupancy, for metrics. */
  stats(): GuardStats {
    return this.guard.stats();
  }

  private async transaction<T>(
    label: string,
    mode: SessionMode,
    work: (tx: StatementRunner) => Promise<T>,
    options: { autoCommit?: boolean; plan?: string } = {},
  ): Promise<T> {
    this.roundTrips += 1;
    const started = performance.now();
    let outcome = 'ok';
    try {
      // A write transaction's statements are gated as one, by its label.
      return await this.guard.plans.pass(options.plan ?? label, () =>
        this.guard.run(
          this.lane,
          (signal) => this.attempt(label, mode, work, signal, options.autoCommit === true),
          this.timeoutMs,
        ),
      );
    } catch (error) {
      const mapped = mapDriverError(error);
      outcome = mapped instanceof AppError ? mapped.code : 'INTERNAL_SERVER_ERROR';
      throw mapped;
    } finally {
      this.events?.emit('query', {
        name: label,
        mode: mode === neo4j.session.READ ? 'read' : 'write',
        lane: this.lane,
        durationMs: performance.now() - started,
        outcome,
      });
    }
  }

  /**
   * One run in one transaction (explicit, or auto-commit for a single read). When the deadline passes (`signal`),
   * the session is closed without waiting (which rolls the transaction back once Neo4j answers at all) and a late
   * result is never committed.
   */
  private async attempt<T>(
    label: string,
    mode: SessionMode,
    work: (tx: StatementRunner) => Promise<T>,
    signal: AbortSignal,
    autoCommit: boolean,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: mode,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    const abandon = (): void => {
      session.close().catch(() => undefined);
    };
    signal.addEventListener('abort', abandon, { once: true });
    const config = { timeout: this.timeoutMs, metadata: this.metadata(label) };
    try {
      if (autoCommit) return await work({ run: (text, params) => session.run(text, params, config) });
      const tx = session.beginTransaction(config);
      try {
        const result = await work(tx);
        if (signal.aborted) throw new Error('deadline passed before commit');
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen() && !signal.aborted) await tx.rollback().catch(() => undefined);
        throw error;
      }
    } finally {
      signal.removeEventListener('abort', abandon);
      if (!signal.aborted) await session.close();
    }
  }

  private get timeoutMs(): number {
    return this.view.queryTimeoutMs ?? this.settings.queryTimeoutMs;
  }

  private metadata(query: string): Record<string, string> {
    return {
      app: 'kg-graphql',
      query,
      ...(this.view.operation ? { operation: this.view.operation } : {}),
      ...(this.view.requestId ? { requestId: this.view.requestId } : {}),
    };
  }
}

/** What a statement runs in: an explicit transaction, or the session itself for an auto-commit read. */
interface StatementRunner {
  run(text: string, params: Record<string, unknown>): Result;
}

async function runRows(tx: StatementRunner, text: string, params: Record<string, unknown>): Promise<Row[]> {
  const result = await tx.run(text, params);
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}
