import type { ApolloServerPlugin, BaseContext, ContextFunction } from '@apollo/server';
import type { ExpressContextFunctionArgument } from '@as-integrations/express5';
import type { Config } from '../config.js';
import { requestClient, type Client } from '../http/rate-limit.js';
import { requestedOperationName, requestIdOf } from '../http/request-log.js';
import type { EventBus } from '../events/bus.js';
import { recordOf, type RequestRecord } from '../http/request-record.js';
import type { LinkerCache } from '../ingest/linker-cache.js';
import type { IngestWriter } from '../ingest/pipeline.js';
import type { Logger } from '../logger.js';
import type { Db } from '../neo4j/db.js';
import { createLoaders, type Loaders } from './loaders.js';

export type Role = 'anonymous' | 'reader' | 'editor';

export interface Auth {
  role: Role;
  /** For an API key, its id in logs (auth.ts keyIdOf); never the key. */
  keyId?: string;
}

/** Everything a resolver may use. One per request: its own Db view (round-trip counter) and its own loaders. */
export interface Context extends BaseContext {
  /** A per-request view of the database, tagged with the operation name; `db.roundTrips` counts statements. */
  db: Db;
  /** Batching loaders, fresh per request so nothing is cached across users or writes. */
  loaders: Loaders;
  config: Config;
  auth: Auth;
  /** Who the rate limits count this request as: its API key's id, or its address. */
  client: Client;
  /** The request's id, as echoed in `x-request-id` (the caller's, or generated). */
  requestId: string;
  /** A logger whose every line carries the request id. */
  logger: Logger;
  /** Needed by ingest mutations only; reads never touch it. */
  linkerCache: LinkerCache | undefined;
  /** The service's writer of ingested articles (concurrent ones written together); else one transaction each. */
  ingestWriter: IngestWriter | undefined;
  /** Live updates: mutations announce what they wrote, subscriptions listen. */
  events: EventBus;
  /** What the request's log line and metrics report: operation, outcome, error codes, caller. */
  record: RequestRecord;
}

/** Decides who is calling; supplied by the auth module. Throwing an AppError rejects the request. */
export type Authenticate = (arg: ExpressContextFunctionArgument) => Auth | Promise<Auth>;

export interface ContextDeps {
  db: Db;
  config: Config;
  linkerCache?: LinkerCache;
  ingestWriter?: IngestWriter;
  events: EventBus;
  /** Until the auth module plugs in, every caller is anonymous. */
  authenticate?: Authenticate;
}

const anonymous: Authenticate = () => ({ role: 'anonymous' });

/** The context of one operation by a caller already authenticated (over HTTP or WebSocket). */
export function operationContext(
  deps: ContextDeps,
  auth: Auth,
  request: {
    operation: string | undefined;
    requestId: string;
    logger: Logger;
    client: Client;
    record: RequestRecord;
  },
): Context {
  // Operation name and request id tag every Neo4j transaction: a slow query in Neo4j's log leads to the call.
  const db = deps.db.forRequest(request.operation, request.requestId);
  return {
    db,
    loaders: createLoaders(db),
    config: deps.config,
    auth,
    client: request.client,
    record: request.record,
    requestId: request.requestId,
    logger: request.logger,
    linkerCache: deps.linkerCache,
    ingestWriter: deps.ingestWriter,
    events: deps.events,
  };
}

/**
 * The same context with fresh loaders and round-trip counter: each event of a subscription is answered as its
 * own request, so nothing read for one event is served stale for the next.
 */
export function renewedContext(context: Context, operation: string | undefined): Context {
  const db = context.db.forRequest(operation, context.requestId);
  return { ...context, db, loaders: createLoaders(db) };
}

export function createContextFactory(
  deps: ContextDeps,
): ContextFunction<[ExpressContextFunctionArgument], Context> {
  const authenticate = deps.authenticate ?? anonymous;
  return async (arg) => {
    const record = recordOf(arg.res);
    const auth = await authenticate(arg);
    record.client = { role: auth.role, ...(auth.keyId ? { keyId: auth.keyId } : {}) };
    return operationContext(deps, auth, {
      operation: requestedOperationName(arg.req),
      client: requestClient(arg.res, arg.req),
      record,
      // Set by the request logging middleware (src/http/request-log.ts) on every request.
      requestId: requestIdOf(arg.req),
      logger: arg.req.log,
    });
  };
}

/**
 * The request names its operation in `operationName` only when the document holds several; a client sending one
 * named operation often leaves it out. Once the operation is resolved, and before anything runs, the request's
 * Db view (and the loaders on it) is re-made with the resolved name, so every Neo4j transaction of the request
 * carries it.
 */
export const operationTagPlugin: ApolloServerPlugin<Context> = {
  requestDidStart: () =>
    Promise.resolve({
      didResolveOperation: ({ contextValue, operationName }) => {
        // Nothing has touched the database yet: the views are cheap to replace.
        if (operationName) {
          contextValue.db = contextValue.db.forRequest(operationName, contextValue.requestId);
          contextValue.loaders = createLoaders(contextValue.db);
        }
        return Promise.resolve();
      },
    }),
};
