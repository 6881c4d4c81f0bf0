import type { ApolloServerPlugin, BaseContext, ContextFunction } from '@apollo/server';
import type { ExpressContextFunctionArgument } from '@as-integrations/express5';
import type { Config } from '../config.js';
import { requestedOperationName, requestIdOf } from '../http/request-log.js';
import { recordOf, type RequestRecord } from '../http/request-record.js';
import type { LinkerCache } from '../ingest/linker-cache.js';
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
  /** The request's id, as echoed in `x-request-id` (the caller's, or generated). */
  requestId: string;
  /** A logger whose every line carries the request id. */
  logger: Logger;
  /** Needed by ingest mutations only; reads never touch it. */
  linkerCache: LinkerCache | undefined;
  /** What the request's log line and metrics report: operation, outcome, error codes, caller. */
  record: RequestRecord;
}

/** Decides who is calling; supplied by the auth module. Throwing an AppError rejects the request. */
export type Authenticate = (arg: ExpressContextFunctionArgument) => Auth | Promise<Auth>;

export interface ContextDeps {
  db: Db;
  config: Config;
  linkerCache?: LinkerCache;
  /** Until the auth module plugs in, every caller is anonymous. */
  authenticate?: Authenticate;
}

const anonymous: Authenticate = () => ({ role: 'anonymous' });

export function createContextFactory(
  deps: ContextDeps,
): ContextFunction<[ExpressContextFunctionArgument], Context> {
  const authenticate = deps.authenticate ?? anonymous;
  return async (arg) => {
    const record = recordOf(arg.res);
    const auth = await authenticate(arg);
    record.client = { role: auth.role, ...(auth.keyId ? { keyId: auth.keyId } : {}) };
    const requestId = requestIdOf(arg.req);
    // Operation name and request id tag every Neo4j transaction: a slow query in Neo4j's log leads to the call.
    const db = deps.db.forRequest(requestedOperationName(arg.req), requestId);
    return {
      db,
      loaders: createLoaders(db),
      config: deps.config,
      auth,
      // Set by the request logging middleware (src/http/request-log.ts) on every request.
      requestId,
      logger: arg.req.log,
      linkerCache: deps.linkerCache,
      record,
    };
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
