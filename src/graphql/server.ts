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
import type { LinkerCache } from '../ingest/linker-cache.js';
import type { Logger } from '../logger.js';
import type { Db } from '../neo4j/db.js';
import { createContextFactory, type Context } from './context.js';
import type { Resolvers } from './generated/resolvers.js';
import { createProtection } from './protection.js';
import { buildSchema } from './schema.js';

const INTERNAL = 'INTERNAL_SERVER_ERROR';

/**
 * Errors a client may see as they are carry a code: every AppError (src/errors.ts) and Apollo's own request
 * errors. Anything without one, or marked internal, is a bug or an outage detail (a Cypher message, a stack).
 */
const isInternal = (code: unknown): boolean => code === undefined || code === INTERNAL;

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
            if (!isInternal(error.extensions.code)) continue;
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
  /** When given, shutdown waits for in-flight requests on it. */
  httpServer?: Server;
  /** Resolver maps beyond the read side (mutations). */
  resolvers?: readonly Resolvers[];
}

export interface GraphQL<TContext extends BaseContext = Context> {
  schema: GraphQLSchema;
  apollo: ApolloServer<TContext>;
  context: ContextFunction<[ExpressContextFunctionArgument], TContext>;
}

/** Schema + Apollo + per-request context, wired with the protection (limits, auth) from protection.ts. */
export function createGraphQL(deps: GraphQLDeps): GraphQL {
  const { config, logger, db } = deps;
  const protection = createProtection({ config, logger });
  const schema = buildSchema(deps.resolvers ?? []);
  const apollo = createApolloServer({
    schema,
    config,
    logger,
    validationRules: protection.validationRules,
    plugins: [
      ...(deps.httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer: deps.httpServer })] : []),
      ...protection.plugins,
    ],
  });
  const context = createContextFactory({
    db,
    config,
    ...(deps.linkerCache ? { linkerCache: deps.linkerCache } : {}),
    ...(protection.authenticate ? { authenticate: protection.authenticate } : {}),
  });
  return { schema, apollo, context };
}
