import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { QueryCatalogue, QueryRef } from './catalogue.js';
import { mapDriverError } from './driver-errors.js';
import { toPlain, type Row } from './values.js';

export interface DbSettings {
  database: string;
  /** Server-side limit for one transaction, so a runaway traversal cannot hold the database. */
  queryTimeoutMs: number;
}

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

  read(ref: QueryRef, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.execute(ref, params, neo4j.routing.READ);
  }

  /** A single idempotent write statement (MERGE on stable keys), retried by the driver on transient errors. */
  write(ref: QueryRef, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.execute(ref, params, neo4j.routing.WRITE);
  }

  /** Several statements in one write transaction; the work may be retried, so it must be idempotent. */
  async writeTransaction<T>(label: string, work: (tx: WriteTx) => Promise<T>): Promise<T> {
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
    } catch (error) {
      throw mapDriverError(error);
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
