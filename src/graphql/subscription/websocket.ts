import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, Server } from 'node:http';
import { isAsyncIterable, mapAsyncIterator } from '@graphql-tools/utils';
import {
  createSourceEventStream,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { authenticateHeaders, KeyRing } from '../auth.js';
import { requestClient } from '../../http/rate-limit.js';
import { operationContext, renewedContext, type Auth, type Context, type ContextDeps } from '../context.js';
import { checkSubscription } from './guard.js';

/**
 * GraphQL subscriptions over WebSocket (graphql-ws), on the HTTP server's port and at /graphql like queries.
 * A connection presents its API key in the connection parameters (`apiKey`, `x-api-key` or `authorization`,
 * as browsers cannot set headers on a WebSocket) or in the upgrade request's headers; each subscription then
 * passes the same checks as a query over HTTP (guard.ts) and is refused with the same error codes.
 */

export const GRAPHQL_WS_PATH = '/graphql';

/** Largest message accepted from a client; a subscription document is a few hundred bytes. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

/** How often idle sockets are pinged, so dead clients (and their subscriptions) are noticed. */
export const KEEP_ALIVE_MS = 12_000;

export interface SubscriptionServerDeps {
  httpServer: Server;
  schema: GraphQLSchema;
  config: Config;
  logger: Logger;
  /** What every operation's context is built from (the same as over HTTP). */
  context: ContextDeps;
  /** graphql-armor's validation rules, as installed in Apollo. */
  validationRules: readonly ValidationRule[];
  /** Formats an error for a client the way Apollo's formatError does (masks internals outside development). */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

export interface SubscriptionServer {
  /** Closes every socket (1001 Going Away) and stops accepting new ones. */
  dispose(): Promise<void>;
}

type ConnectionParams = Record<string, unknown> | undefined;

/** What a connection presented: a role, or why its credentials cannot be used (told on each subscribe). */
type ConnectionAuth = Auth | AppError;

/** Key material from the connection parameters, spelt as headers so the HTTP rules apply unchanged. */
export function connectionHeaders(
  params: ConnectionParams,
  upgrade: IncomingHttpHeaders,
): IncomingHttpHeaders {
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const nested = typeof params?.headers === 'object' && params.headers !== null ? params.headers : {};
  const fromParams = {
    'x-api-key':
      text(params?.apiKey) ?? text(params?.['x-api-key']) ?? text(Reflect.get(nested, 'x-api-key')),
    authorization: text(params?.authorization) ?? text(Reflect.get(nested, 'authorization')),
  };
  const presented = fromParams['x-api-key'] !== undefined || fromParams.authorization !== undefined;
  return presented ? fromParams : { 'x-api-key': upgrade['x-api-key'], authorization: upgrade.authorization };
}

/** Browsers send Origin on a WebSocket upgrade; the same CORS_ORIGINS that guard /graphql decide. */
export function originAllowed(origins: readonly string[], origin: string | undefined): boolean {
  return origin === undefined || origins.includes('*') || origins.includes(origin);
}

/** Removes what only HTTP uses (`extensions.http`) from an error sent over WebSocket. */
function withoutHttp(error: GraphQLFormattedError): GraphQLFormattedError {
  if (!error.extensions || !('http' in error.extensions)) return error;
  const extensions = { ...error.extensions };
  delete extensions.http;
  return { ...error, extensions };
}

/**
 * graphql-js's subscribe, except that every event is executed with a fresh context (loaders, round-trip
 * counter): a subscription lives for hours, and a cache that lived as long would serve stale names and grow.
 */
async function subscribeFresh(
  args: ExecutionArgs,
): Promise<ExecutionResult | AsyncIterable<ExecutionResult>> {
  const stream = await createSourceEventStream(args);
  if (!isAsyncIterable(stream)) return stream;
  const context = args.contextValue as Context;
  const operation = args.operationName ?? undefined;
  return mapAsyncIterator(stream, (payload: unknown) =>
    execute({ ...args, rootValue: payload, contextValue: renewedContext(context, operation) }),
  );
}

export function attachSubscriptions(deps: SubscriptionServerDeps): SubscriptionServer {
  const { config, logger, schema } = deps;
  const ring = new KeyRing(config.auth.keys);
  const format = (error: GraphQLError): GraphQLFormattedError =>
    withoutHttp(deps.formatError(error.toJSON(), error));
  const wss = new WebSocketServer({
    server: deps.httpServer,
    path: GRAPHQL_WS_PATH,
    maxPayload: MAX_MESSAGE_BYTES,
    verifyClient: ({ origin }: { origin?: string }) => originAllowed(config.http.corsOrigins, origin),
  });
  wss.on('error', (error) => {
    logger.error({ err: error }, 'WebSocket server error');
  });
  const connections = new WeakMap<object, ConnectionAuth>();
  const server = useServer<ConnectionParams>(
    {
      schema,
      onConnect: (ctx) => {
        let auth: ConnectionAuth;
        try {
          auth = authenticateHeaders(
            ring,
            connectionHeaders(ctx.connectionParams, ctx.extra.request.headers),
          );
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          auth = error;
        }
        connections.set(ctx.extra.socket, auth);
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        const auth = connections.get(ctx.extra.socket);
        if (auth === undefined) throw new Error('A subscription arrived on a connection that was not set up');
        if (auth instanceof AppError) return [auth];
        const checked = checkSubscription(
          { schema, config, validationRules: deps.validationRules },
          auth.role,
          payload,
        );
        if (Array.isArray(checked)) return checked;
        const operationName = payload.operationName ?? checked.operation.name?.value;
        // A subscription is one request for logs and Neo4j metadata, from subscribe to complete.
        const requestId = randomUUID();
        const contextValue = operationContext(deps.context, auth, {
          operation: operationName,
          requestId,
          logger: logger.child({ requestId }),
          client: requestClient({ locals: {} }, ctx.extra.request),
          // A subscription writes no request log line; the record only keeps resolvers uniform.
          record: { errorCodes: [], client: { role: auth.role } },
        });
        return {
          schema,
          document: checked.document,
          ...(operationName === undefined ? {} : { operationName }),
          variableValues: payload.variables ?? null,
          contextValue,
        };
      },
      subscribe: subscribeFresh,
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? {
              data: result.data ?? null,
              errors: result.errors.map(format),
              ...(result.extensions ? { extensions: result.extensions } : {}),
            }
          : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map(format),
    },
    wss,
    KEEP_ALIVE_MS,
  );
  return {
    dispose: async () => {
      await server.dispose();
    },
  };
}
