import { EventEmitter } from 'node:events';

/** Which lane a statement ran in (src/neo4j/guard.ts): heavy requests cannot take the light lane's slots. */
export type Lane = 'light' | 'heavy';

/** Where a request was counted by the rate limits: its API key, or its address when it has no valid key. */
export type ClientKind = 'key' | 'address';

/**
 * What the reliability parts report as it happens, for metrics (`GET /metrics`) and tests. Emitted
 * synchronously: listeners must be cheap and must not throw. Gauges (lane occupancy, circuit state, worker
 * queue) are read on demand from `RunningService.reliability` instead.
 */
export interface ServiceEventMap {
  /** A database statement or write transaction finished; `outcome` is `ok` or the API error code it became. */
  query: [{ name: string; mode: 'read' | 'write'; lane: Lane; durationMs: number; outcome: string }];
  /** The circuit to Neo4j changed state: `open` = failing fast, `half-open` = testing, `closed` = normal. */
  circuit: [{ state: 'open' | 'half-open' | 'closed' }];
  /** A request was refused by a rate limit (HTTP 429). */
  rateLimited: [{ limit: 'requests' | 'cost'; client: ClientKind }];
  /** An article's analysis (parse, sentences, linking, candidates) finished in a worker thread. */
  articleAnalysed: [{ durationMs: number; bytes: number; ok: boolean }];
}

export class ServiceEvents extends EventEmitter<ServiceEventMap> {}
