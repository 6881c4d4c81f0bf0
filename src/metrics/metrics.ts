import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * What the service counts and times, in Prometheus form (prom-client), one registry per service instance so
 * two services in one process (the tests) keep separate counts. Every label takes values from a bounded set:
 * routes and statement names are ours, error codes are checked against a pattern, and operation names (chosen by
 * clients) are capped at MAX_OPERATION_NAMES distinct values, after which they count as `(other)`, so no client
 * can grow the series without bound.
 */

export const MAX_OPERATION_NAMES = 200;

/** The limits the service may refuse a request for (rate, cost, concurrency...), as the protection reports them. */
export interface RefusalRecorder {
  /** One refused request; `limit` names the limit, such as `rate:key`, `rate:address`, `cost`, `concurrency`. */
  refused(limit: string): void;
}

export type Neo4jMode = 'read' | 'write';

/** One round trip to Neo4j, as observed at the driver (instrument-driver.ts). */
export interface Neo4jCall {
  /** The statement's catalogue name (`entity/by-ids`), a write transaction's label, or `unnamed`. */
  query: string;
  mode: Neo4jMode;
  /** The transaction metadata sent with it (app, query, operation, requestId). */
  metadata: Record<string, unknown>;
  durationSeconds: number;
  ok: boolean;
}

export interface Neo4jObserver {
  started?(call: Pick<Neo4jCall, 'query' | 'mode' | 'metadata'>): void;
  finished(call: Neo4jCall): void;
}

export type Outcome = 'ok' | 'partial' | 'error';

const LABEL_SAFE = /^[A-Za-z_][\w:./-]{0,79}$/;
const CODE_SAFE = /^[A-Z][A-Z_]{0,39}$/;

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export class Metrics implements RefusalRecorder, Neo4jObserver {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  private readonly httpRequests = new Counter({
    name: 'kg_http_requests_total',
    help: 'HTTP requests answered, by route, method and status (429 = refused by a rate limit).',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });
  private readonly httpDuration = new Histogram({
    name: 'kg_http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to finishing its response, by route.',
    labelNames: ['route'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly operations = new Counter({
    name: 'kg_graphql_operations_total',
    help: 'GraphQL operations answered, by operation name, type and outcome (ok, partial: data with errors, error).',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly operationDuration = new Histogram({
    name: 'kg_graphql_operation_duration_seconds',
    help: 'Time to answer a GraphQL operation, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'kg_errors_total',
    help: 'Errors in responses, by extensions.code (GraphQL errors and errors answered before GraphQL).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readonly neo4jDuration = new Histogram({
    name: 'kg_neo4j_query_duration_seconds',
    help: 'Neo4j round trips by statement name (cypher/queries) or write transaction, access mode and outcome.',
    labelNames: ['query', 'mode', 'outcome'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly neo4jInUse = new Gauge({
    name: 'kg_neo4j_connections_in_use',
    help: 'Neo4j round trips in progress, each holding one pooled connection (pool size: maxConnectionPoolSize, src/neo4j/driver.ts).',
    labelNames: ['mode'] as const,
    registers: [this.registry],
  });
  private readonly ingests = new Counter({
    name: 'kg_ingest_articles_total',
    help: 'Articles given to ingestArticle, by outcome: created, unchanged (already in the graph) or failed.',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  private readonly ingestDuration = new Histogram({
    name: 'kg_ingest_duration_seconds',
    help: 'Time to parse, link and write one article through ingestArticle, by outcome.',
    labelNames: ['outcome'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });
  private readonly refusals = new Counter({
    name: 'kg_limit_refusals_total',
    help: 'Requests refused by a protective limit (rate per key or address, cost budget, concurrency), by limit.',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });

  constructor() {
    // Process health: CPU, memory, event-loop lag (what a blocked main thread shows as), handles, GC.
    collectDefaultMetrics({ register: this.registry, prefix: 'kg_' });
  }

  httpRequest(route: string, method: string, status: number, seconds: number): void {
    this.httpRequests.inc({ route, method: method.toUpperCase(), status: String(status) });
    this.httpDuration.observe({ route }, seconds);
  }

  /** `operation` is a GraphQL name or undefined (anonymous), `type` query/mutation/subscription or `none`. */
  graphqlOperation(operation: string | undefined, type: string, outcome: Outcome, seconds: number): void {
    const name = this.operationLabel(operation);
    this.operations.inc({ operation: name, type, outcome });
    this.operationDuration.observe({ operation: name, type }, seconds);
  }

  error(code: string): void {
    this.errors.inc({ code: CODE_SAFE.test(code) ? code : 'OTHER' });
  }

  ingest(outcome: 'created' | 'unchanged' | 'failed', seconds: number): void {
    this.ingests.inc({ outcome });
    this.ingestDuration.observe({ outcome }, seconds);
  }

  refused(limit: string): void {
    this.refusals.inc({ limit: LABEL_SAFE.test(limit) ? limit : 'other' });
  }

  started(call: Pick<Neo4jCall, 'mode'>): void {
    this.neo4jInUse.inc({ mode: call.mode });
  }

  finished(call: Neo4jCall): void {
    this.neo4jInUse.dec({ mode: call.mode });
    this.neo4jDuration.observe(
      {
        query: LABEL_SAFE.test(call.query) ? call.query : 'other',
        mode: call.mode,
        outcome: call.ok ? 'ok' : 'error',
      },
      call.durationSeconds,
    );
  }

  private operationLabel(name: string | undefined): string {
    if (name === undefined) return '(anonymous)';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES || !LABEL_SAFE.test(name)) return '(other)';
    this.operationNames.add(name);
    return name;
  }
}
