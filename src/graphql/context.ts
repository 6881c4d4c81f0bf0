import type { BaseContext, ContextFunction } from '@apollo/server';
import type { ExpressContextFunctionArgument } from '@as-integrations/express5';
import type { Config } from '../config.js';
import type { EventBus } from '../events/bus.js';
import type { LinkerCache } from '../ingest/linker-cache.js';
import type { Logger } from '../logger.js';
import type { Db } from '../neo4j/db.js';
import { createLoaders, type Loaders } from './loaders.js';

export type Role = 'anonymous' | 'reader' | 'editor';

export interface Auth {
  role: Role;
}

/** Everything a resolver may use. One per request: its own Db view (round-trip counter) and its own loaders. */
export interface Context extends BaseContext {
  /** A per-request view of the database, tagged with the operation name; `db.roundTrips` counts statements. */
  db: Db;
  /** Batching loaders, fresh per request so nothing is cached across users or writes. */
  loaders: Loaders;
  config: Config;
  auth: Auth;
  logger: Logger;
  /** Needed by ingest mutations only; reads never touch it. */
  linkerCache: LinkerCache | undefined;
  /** Live updates: mutations announce what they wrote, subscriptions listen. */
  events: EventBus;
}

/** Decides who is calling; supplied by the auth module. Throwing an AppError rejects the request. */
export type Authenticate = (arg: ExpressContextFunctionArgument) => Auth | Promise<Auth>;

export interface ContextDeps {
  db: Db;
  config: Config;
  logger: Logger;
  linkerCache?: LinkerCache;
  events: EventBus;
  /** Until the auth module plugs in, every caller is anonymous. */
  authenticate?: Authenticate;
}

const anonymous: Authenticate = () => ({ role: 'anonymous' });

/** The operation name tags every Neo4j transaction, so slow queries in the Neo4j log point at a client call. */
function operationName(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('operationName' in body)) return undefined;
  const name = body.operationName;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/** The context of one operation by a caller already authenticated (over HTTP or WebSocket). */
export function operationContext(deps: ContextDeps, auth: Auth, operation: string | undefined): Context {
  const db = deps.db.forRequest(operation);
  return {
    db,
    loaders: createLoaders(db),
    config: deps.config,
    auth,
    logger: deps.logger,
    linkerCache: deps.linkerCache,
    events: deps.events,
  };
}

/**
 * The same context with fresh loaders and round-trip counter: each event of a subscription is answered as its
 * own request, so nothing read for one event is served stale for the next.
 */
export function renewedContext(context: Context, operation: string | undefined): Context {
  const db = context.db.forRequest(operation);
  return { ...context, db, loaders: createLoaders(db) };
}

export function createContextFactory(
  deps: ContextDeps,
): ContextFunction<[ExpressContextFunctionArgument], Context> {
  const authenticate = deps.authenticate ?? anonymous;
  return async (arg) => operationContext(deps, await authenticate(arg), operationName(arg.req.body));
}
