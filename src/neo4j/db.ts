import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { QueryCatalogue, QueryRef } from './catalogue.js';
import { isConcurrentChange, mapDriverError } from './driver-errors.js';
import { toPlain, type Row } from './values.js';

export interface DbSettings {
  database: string;
  /** Server-side limit for one transaction, so a runaway traversal cannot hold the database. */
  queryTimeoutMs: number;
}

/**
 * How often a write transaction is run in all when the graph changed under it (driver-errors.ts
 * isConcurrentChange), and the first pause between runs (doubled each time, with jitter). The driver's own
 * retries of transient errors start at one second; these are quicker because the change that got in the way
 * (a merge, an undo) has already committed by the time it is seen.
 */
export const WRITE_ATTEMPTS = 5;
const RETRY_PAUSE_MS = 10;

/** A transaction handed to write work: statements are named, values are parameters. */
export interface WriteTx {
  run(ref: QueryRef, params?: Record<string, unknown>): Promise<Row[]>;
}

/**
 * Executes named statements. Every call is one round trip to Neo4j and is counted, so tests can assert
 * that a GraphQL request costs a small fixed number of them. Transactions carry metadata naming the
 * statement (and the GraphQL operation), which shows up in Neo4j's query log and `SHOW TRANSACTIONS`.
 */
export class Db {
  roundTrips = 0;

  constructor(
    private readonly driver: Driver,
    private readonly catalogue: QueryCatalogue,
    private readonly settings: DbSettings,
    private readonly operation?: string,
    private readonly requestId?: string,
  ) {}

  /**
   * A view of the same driver with its own round-trip counter, one per request; its transactions carry the
   * GraphQL operation name and the request id (as in the request's log line and `x-request-id`).
   */
  forRequest(operation?: string, requestId?: string): Db {
    return new Db(this.driver, this.catalogue, this.settings, operation, requestId);
  }

  /**
   * A view whose transactions may run for `ms` instead of NEO4J_QUERY_TIMEOUT_MS: for trusted batch work such as
   * start-up seeding, which no client waits on and which a loaded machine may make slow.
   */
  withQueryTimeout(ms: number): Db {
    return new Db(
      this.driver,
      this.catalogue,
      { ...this.settings, queryTimeoutMs: ms },
      this.operation,
      this.requestId,
    );
  }

  read(ref: QueryRef, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.execute(ref, params, neo4j.routing.READ);
  }

  /** A single idempotent write statement (MERGE on stable keys), retried by the driver on transient errors. */
  write(ref: QueryRef, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.execute(ref, params, neo4j.routing.WRITE);
  }

  /**
   * Several statements in one write transaction. The work may run more than once (the driver retries transient
   * errors, and a concurrent merge or delete makes it run again, WRITE_ATTEMPTS times at most), so it must be
   * idempotent; only the last run's result is returned.
   */
  async writeTransaction<T>(label: string, work: (tx: WriteTx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.runWriteTransaction(label, work);
      } catch (error) {
        if (attempt >= WRITE_ATTEMPTS || !isConcurrentChange(error)) throw mapDriverError(error);
        await sleep(RETRY_PAUSE_MS * 2 ** (attempt - 1) * (0.5 + Math.random()));
      }
    }
  }

  private async runWriteTransaction<T>(label: string, work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    this.roundTrips += 1;
    try {
      return await session.executeWrite(
        (tx: ManagedTransaction) =>
          work({
            run: async (ref, params = {}) => {
              const result = await tx.run(this.catalogue.text(ref), params);
              return result.records.map((r) => toPlain(r.toObject()) as Row);
            },
          }),
        { timeout: this.settings.queryTimeoutMs, metadata: this.metadata(label) },
      );
    } finally {
      await session.close();
    }
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

  async ping(): Promise<boolean> {
    try {
      await this.driver.executeQuery('RETURN 1 AS ok', {}, { database: this.settings.database });
      return true;
    } catch {
      return false;
    }
  }

  private async execute(
    ref: QueryRef,
    params: Record<string, unknown>,
    routing: typeof neo4j.routing.READ | typeof neo4j.routing.WRITE,
  ): Promise<Row[]> {
    const text = this.catalogue.text(ref);
    this.roundTrips += 1;
    try {
      const result = await this.driver.executeQuery(text, params, {
        database: this.settings.database,
        routing,
        transactionConfig: { timeout: this.settings.queryTimeoutMs, metadata: this.metadata(ref.name) },
      });
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    } catch (error) {
      throw mapDriverError(error);
    }
  }

  private metadata(query: string): Record<string, string> {
    return {
      app: 'kg-graphql',
      query,
      ...(this.operation ? { operation: this.operation } : {}),
      ...(this.requestId ? { requestId: this.requestId } : {}),
    };
  }
}
