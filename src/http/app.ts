import type { ApolloServer, BaseContext, ContextFunction } from '@apollo/server';
import { expressMiddleware, type ExpressContextFunctionArgument } from '@as-integrations/express5';
import { isUtf8 } from 'node:buffer';
import cors from 'cors';
import express, {
  type ErrorRequestHandler,
  type Express,
  type Request,
  type RequestHandler,
  type Router,
} from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { clientSchemaRouter } from './client-schema.js';
import { healthRouter, type Readiness } from './health.js';
import { playgroundRedirect, playgroundRouter } from './playground.js';
import { rateLimiting, type RateLimits } from './rate-limit.js';
import { httpMetrics, metricsRouter } from '../metrics/http.js';
import type { Metrics } from '../metrics/metrics.js';
import { REQUEST_ID_HEADER, requestLogging } from './request-log.js';
import { recordAnswers } from './request-record.js';

export interface AppDeps<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** The executable schema, published at /schema.graphql with its possibleTypes map. */
  schema: GraphQLSchema;
  context: ContextFunction<[ExpressContextFunctionArgument], TContext>;
  readiness: Readiness;
  /** Per-client request limits on /graphql (src/http/rate-limit.ts). */
  rateLimits: RateLimits;
  apiKeys: Config['auth']['keys'];
  corsOrigins: string[];
  env: Config['env'];
  logger: Logger;
  /** More routes next to GraphQL (exports, dashboard components), mounted at the root. */
  routers?: Router[];
  metrics: Metrics;
  metricsAccess: Config['metrics'];
}

/**
 * The request headers browsers may send to /graphql from another origin: what Apollo Client, urql, GraphiQL
 * and fetch-based dashboards send (content type, keys, Apollo's CSRF header, client awareness, operation name)
 * and a request id to correlate with our logs.
 */
export const CORS_ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'x-api-key',
  'apollo-require-preflight',
  'apollographql-client-name',
  'apollographql-client-version',
  'x-apollo-operation-name',
  REQUEST_ID_HEADER,
];

/** The HTTP surface: health probes, the offline playground, and GraphQL at /graphql. */
export function createApp<TContext extends BaseContext>(deps: AppDeps<TContext>): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  // Express reads NODE_ENV itself; the configuration decides instead (unset is production here).
  app.set('env', deps.env === 'development' ? 'development' : 'production');
  app.use(requestLogging(deps.logger));
  app.use(recordAnswers);
  app.use(httpMetrics(deps.metrics));
  app.use(healthRouter(deps.readiness));
  app.use(metricsRouter(deps.metrics, deps.metricsAccess));
  app.use(playgroundRouter());
  app.use(clientSchemaRouter(deps.schema, deps.corsOrigins));
  for (const router of deps.routers ?? []) app.use(router);
  // A person opening the GraphQL URL in a browser gets the playground instead of a JSON error.
  app.use(playgroundRedirect());
  app.use(
    '/graphql',
    cors({
      origin: deps.corsOrigins.includes('*') ? true : deps.corsOrigins,
      allowedHeaders: CORS_ALLOWED_HEADERS,
      exposedHeaders: [REQUEST_ID_HEADER],
      maxAge: 600,
    }),
    // After CORS, so preflights are free; before the body is read, so a refused client costs little.
    rateLimiting(deps.rateLimits, deps.apiKeys),
    express.json({ limit: BODY_LIMIT, verify: requireUtf8 }),
    expressMiddleware(deps.apollo, { context: deps.context }),
  );
  app.use(notFoundHandler);
  app.use(jsonErrorHandler);
  return app;
}

/** The largest request body accepted (JSON); articles for `ingestArticle` are capped well below it. */
export const BODY_LIMIT = '1mb';

/**
 * JSON bodies are UTF-8 (body-parser refuses other charsets), but its decoder turns bytes that are not UTF-8 into
 * U+FFFD silently, so an article with broken bytes would be stored with replacement characters nobody sent. The
 * raw bytes are checked instead, and such a body is refused as a whole.
 */
function requireUtf8(_req: unknown, _res: unknown, body: Buffer): void {
  if (!isUtf8(body)) throw Object.assign(new Error('body is not UTF-8'), { status: 400, type: INVALID_UTF8 });
}
const INVALID_UTF8 = 'entity.invalid.utf8';

export interface HttpErrorAnswer {
  status: number;
  code: string;
  message: string;
  extensions?: Record<string, unknown>;
  headers?: ReadonlyMap<string, string>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * What to answer for an error raised before GraphQL sees the request (body-parser, mostly), by its `type` and
 * `status`. Messages are ours, never the error's (a JSON parse error quotes the body back).
 */
export function describeHttpError(error: unknown): HttpErrorAnswer {
  // Our own errors raised by HTTP middleware (a rate limit): their code, status, headers and details.
  if (error instanceof AppError) {
    const { http, ...rest } = error.extensions as {
      http?: { status?: number; headers?: ReadonlyMap<string, string> };
    };
    const extensions = Object.fromEntries(Object.entries(rest).filter(([name]) => name !== 'code'));
    return {
      status: http?.status ?? 400,
      code: error.code,
      message: error.message,
      extensions,
      ...(http?.headers ? { headers: http.headers } : {}),
    };
  }
  const type = isRecord(error) && typeof error.type === 'string' ? error.type : '';
  const status = isRecord(error) && typeof error.status === 'number' ? error.status : 500;
  switch (type) {
    case 'entity.too.large':
      return {
        status: 413,
        code: 'LIMIT_EXCEEDED',
        message: `The request body is larger than ${BODY_LIMIT}`,
      };
    case 'entity.parse.failed':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON' };
    case INVALID_UTF8:
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid UTF-8' };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { status: 415, code: 'BAD_REQUEST', message: 'The request body must be UTF-8 JSON' };
    case 'request.aborted':
    case 'request.size.invalid':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body was incomplete' };
  }
  if (status >= 400 && status < 500)
    return { status, code: 'BAD_REQUEST', message: 'The request could not be read' };
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' };
}

/** GraphQL clients that ask for the GraphQL response type get it for errors outside GraphQL too. */
function errorContentType(req: Request): string {
  return req.accepts(['application/json', 'application/graphql-response+json']) ===
    'application/graphql-response+json'
    ? 'application/graphql-response+json; charset=utf-8'
    : 'application/json; charset=utf-8';
}

export function sendError(req: Request, res: Parameters<RequestHandler>[1], answer: HttpErrorAnswer): void {
  for (const [name, value] of answer.headers ?? []) res.setHeader(name, value);
  const extensions = { code: answer.code, ...answer.extensions };
  res
    .status(answer.status)
    .type(errorContentType(req))
    .send(JSON.stringify({ errors: [{ message: answer.message, extensions }] }));
}

/** Errors as GraphQL-shaped JSON with a fitting status, never Express's HTML error page. */
const jsonErrorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  const answer = describeHttpError(error);
  // Client mistakes are answered and counted in the request line; anything else is ours to look into.
  if (answer.status >= 500) req.log.error({ err: error }, 'internal error while serving an HTTP request');
  if (res.headersSent) {
    next(error);
    return;
  }
  sendError(req, res, answer);
};

/** Unknown paths: JSON too. */
const notFoundHandler: RequestHandler = (req, res) => {
  sendError(req, res, {
    status: 404,
    code: 'NOT_FOUND',
    message: `No resource at ${req.method} ${req.path}`,
  });
};
