import type { Server } from 'node:http';
import {
  ApolloServer,
  type ApolloServerPlugin,
  type BaseContext,
  type ContextFunction,
} from '@apollo/server';
import type { ExpressContextFunctionArgument } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { Config } from '../config.js';
import type { EventBus } from '../events/bus.js';
import type { RateLimits } from '../http/rate-limit.js';
import type { LinkerCache } from '../ingest/linker-cache.js';
import type { IngestWriter } from '../ingest/pipeline.js';
import type { Logger } from '../logger.js';
import type { Db } from '../neo4j/db.js';
import { cacheControlPlugins } from './cache-control.js';
import { createContextFactory, operationTagPlugin, type Context, type ContextDeps } from './context.js';
import type { Resolvers } from './generated/resolvers.js';
import { createProtection } from './protection.js';
import { buildSchema } from './schema.js';
import { attachSubscriptions, type SubscriptionServer } from './subscription/websocket.js';

const INTERNAL = 'INTERNAL_SERVER_ERROR';

/**
 * Errors a client may see as they are carry a code: every AppError (src/errors.ts) and Apollo's own request
 * errors. Anything without one, or marked internal, is a bug or an outage detail (a Cypher message, a stack).
 */
const isInternal = (code: unknown): boolean => code === undefined || code === INTERNAL;

/**
 * A few of Apollo's own refusals carry an HTTP 4xx status but no code (a persisted query whose hash does not
 * match, an unsupported persisted-query version): the client's mistake, answered as BAD_REQUEST with Apollo's
 * message rather than masked and logged as ours.
 */
export function requestErrorCode(error: unknown): 'BAD_REQUEST' | undefined {
  const original = unwrapResolverError(error);
  if (!(original instanceof GraphQLError) || original.extensions.code !== undefined) return undefined;
  const http = original.extensions.http as { status?: unknown } | undefined;
  const status = typeof http?.status === 'number' ? http.status : 0;
  return status >= 400 && status < 500 ? 'BAD_REQUEST' : undefined;
}

/**
 * Internal errors are replaced by a generic message, keeping `extensions.code` and the path: outside
 * development always, whatever the error carried. In development (opt-in: NODE_ENV=development, `npm run dev`)
 * they keep their message and gain `extensions.stacktrace`; errors with an API code never carry a stack, in
 * any mode, so NOT_FOUND looks the same to a developer as to a client. Logging is errorLogPlugin's.
 */
export function createFormatError(
  config: Pick<Config, 'env'>,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    if (!isInternal(formatted.extensions?.code)) return formatted;
    const requestCode = requestErrorCode(error);
    if (requestCode) return { ...formatted, extensions: { ...formatted.extensions, code: requestCode } };
    if (config.env === 'development') {
      const original = unwrapResolverError(error);
      const stack = original instanceof Error ? original.stack : undefined;
      return {
        ...formatted,
        extensions: { ...formatted.extensions, code: INTERNAL, stacktrace: stack?.split('\n') ?? [] },
      };
    }
    return {
      message: 'Internal server error',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: INTERNAL },
    };
  };
}

/**
 * Internal errors are logged in full before formatError masks them, with the request's logger, so the line
 * carries the request id the client got in `x-request-id`.
 */
export function errorLogPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didEncounterErrors: ({ errors, contextValue, operationName }) => {
          for (const error of errors) {
            if (!isInternal(error.extensions.code) || requestErrorCode(error)) continue;
            contextValue.logger.error(
              { err: unwrapResolverError(error), path: error.path, operationName },
              'internal error while resolving a GraphQL request',
            );
          }
          return Promise.resolve();
        },
      }),
    // No context, so no request id: the request's own log line follows with it.
    contextCreationDidFail: ({ error }) => {
      if (!isInternal(error instanceof GraphQLError ? error.extensions.code : undefined)) {
        return Promise.resolve();
      }
      logger.error({ err: error }, 'internal error while creating a GraphQL request context');
      return Promise.resolve();
    },
  };
}

/**
 * Tests assert a request's cost in Neo4j round trips (no N+1). Only under NODE_ENV=test, each response
 * carries `extensions.neo4jRoundTrips`, read from the request's own Db view.
 */
const roundTripsPlugin: ApolloServerPlugin<Context> = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse: ({ contextValue, response }) => {
        if (response.body.kind === 'single') {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            neo4jRoundTrips: contextValue.db.roundTrips,
          };
        }
        return Promise.resolve();
      },
    }),
};

export interface ApolloDeps {
  schema: GraphQLSchema;
  config: Config;
  logger: Logger;
  /** Where graphql-armor, auth and other request-wide plugins go (see protection.ts). */
  plugins?: ApolloServerPlugin<Context>[];
  /** Where graphql-armor's validation rules go (see protection.ts). */
  validationRules?: ValidationRule[];
}

export function createApolloServer(deps: ApolloDeps): ApolloServer<Context> {
  const { schema, config, logger } = deps;
  return new ApolloServer<Context>({
    schema,
    // Apollo reads NODE_ENV itself, where unset means development; the configuration decides instead.
    nodeEnv: config.env,
    logger,
    // src/main.ts owns SIGINT/SIGTERM: it stops HTTP, then the driver, then the Neo4j it started.
    stopOnTerminationSignals: false,
    // The schema is the documentation; analysts' tools (and the bundled playground) read it by introspection.
    introspection: true,
    // formatError adds stacks to internal errors in development; Apollo's option would add them to every error.
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(config),
    // Apollo indents responses by default: a third more bytes and stringify time on every answer, for no client.
    stringifyResult: (value) => JSON.stringify(value),
    validationRules: deps.validationRules ?? [],
    plugins: [
      // The playground is served by src/http; Apollo's landing page would load from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      errorLogPlugin(logger),
      ...(config.env === 'test' ? [roundTripsPlugin] : []),
      ...(deps.plugins ?? []),
    ],
  });
}

export interface GraphQLDeps {
  config: Config;
  logger: Logger;
  db: Db;
  linkerCache?: LinkerCache;
  ingestWriter?: IngestWriter;
  /** Live updates: announced by mutations, heard by subscriptions. */
  events: EventBus;
  /** Per-client budgets; the cost plugin charges each operation's cost to its client. */
  rateLimits?: RateLimits;
  /** When given, subscriptions are served on it (WebSocket) and shutdown waits for in-flight requests. */
  httpServer?: Server;
  /** Resolver maps beyond the read side (mutations). */
  resolvers?: readonly Resolvers[];
  /** Plugins beyond protection, such as the metrics' observability plugin. */
  plugins?: readonly ApolloServerPlugin<Context>[];
}

export interface GraphQL<TContext extends BaseContext = Context> {
  schema: GraphQLSchema;
  apollo: ApolloServer<TContext>;
  context: ContextFunction<[ExpressContextFunctionArgument], TContext>;
  /** The WebSocket endpoint for subscriptions, when an HTTP server was given. */
  subscriptions?: SubscriptionServer;
}

/** Closes the subscription sockets when Apollo drains (shutdown), next to the HTTP drain. */
function subscriptionDrainPlugin(subscriptions: SubscriptionServer): ApolloServerPlugin<Context> {
  return {
    serverWillStart: () =>
      Promise.resolve({
        drainServer: () => subscriptions.dispose(),
      }),
  };
}

/**
 * Schema + Apollo + per-request context, wired with the protection (limits, auth) from protection.ts and
 * cache-control; with an HTTP server, subscriptions over WebSocket under the same protection.
 */
export function createGraphQL(deps: GraphQLDeps): GraphQL {
  const { config, logger, db } = deps;
  const protection = createProtection({
    config,
    logger,
    ...(deps.rateLimits ? { rateLimits: deps.rateLimits } : {}),
  });
  const schema = buildSchema(deps.resolvers ?? []);
  const contextDeps: ContextDeps = {
    db,
    config,
    events: deps.events,
    ...(deps.linkerCache ? { linkerCache: deps.linkerCache } : {}),
    ...(deps.ingestWriter ? { ingestWriter: deps.ingestWriter } : {}),
    ...(protection.authenticate ? { authenticate: protection.authenticate } : {}),
  };
  const formatError = createFormatError(config);
  const subscriptions = deps.httpServer
    ? attachSubscriptions({
        httpServer: deps.httpServer,
        schema,
        config,
        logger,
        context: contextDeps,
        validationRules: protection.validationRules,
        // No Apollo plugin sees subscription errors: internal ones are logged here, before they are masked.
        formatError: (formatted: GraphQLFormattedError, error: unknown) => {
          if (isInternal(formatted.extensions?.code))
            logger.error({ err: unwrapResolverError(error) }, 'internal error in a subscription');
          return formatError(formatted, error);
        },
      })
    : undefined;
  const apollo = createApolloServer({
    schema,
    config,
    logger,
    validationRules: protection.validationRules,
    plugins: [
      ...(deps.httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer: deps.httpServer })] : []),
      ...(subscriptions ? [subscriptionDrainPlugin(subscriptions)] : []),
      ...cacheControlPlugins(config),
      operationTagPlugin,
      // Before protection, whose hooks may refuse the request: observers still learn the operation.
      ...(deps.plugins ?? []),
      ...protection.plugins,
    ],
  });
  const context = createContextFactory(contextDeps);
  return { schema, apollo, context, ...(subscriptions ? { subscriptions } : {}) };
}
