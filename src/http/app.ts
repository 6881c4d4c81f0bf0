import type { ApolloServer, BaseContext, ContextFunction } from '@apollo/server';
import { expressMiddleware, type ExpressContextFunctionArgument } from '@as-integrations/express5';
import cors from 'cors';
import express, {
  type ErrorRequestHandler,
  type Express,
  type Request,
  type RequestHandler,
  type Router,
} from 'express';
import { healthRouter, type Readiness } from './health.js';
import { playgroundRedirect, playgroundRouter } from './playground.js';

export interface AppDeps<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: ContextFunction<[ExpressContextFunctionArgument], TContext>;
  readiness: Readiness;
  corsOrigins: string[];
  /** More routes next to GraphQL (exports, dashboard components), mounted at the root. */
  routers?: Router[];
}

/** The HTTP surface: health probes, the offline playground, and GraphQL at /graphql. */
export function createApp<TContext extends BaseContext>(deps: AppDeps<TContext>): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(healthRouter(deps.readiness));
  app.use(playgroundRouter());
  for (const router of deps.routers ?? []) app.use(router);
  // A person opening the GraphQL URL in a browser gets the playground instead of a JSON error.
  app.use(playgroundRedirect());
  app.use(
    '/graphql',
    cors({
      origin: deps.corsOrigins.includes('*') ? true : deps.corsOrigins,
      allowedHeaders: ['content-type', 'authorization', 'x-api-key', 'apollo-require-preflight'],
      maxAge: 600,
    }),
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(deps.apollo, { context: deps.context }),
  );
  app.use(notFoundHandler);
  app.use(jsonErrorHandler);
  return app;
}

/** The largest request body accepted (JSON); articles for `ingestArticle` are capped well below it. */
export const BODY_LIMIT = '1mb';

export interface HttpErrorAnswer {
  status: number;
  code: string;
  message: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * What to answer for an error raised before GraphQL sees the request (body-parser, mostly), by its `type` and
 * `status`. Messages are ours, never the error's (a JSON parse error quotes the body back).
 */
export function describeHttpError(error: unknown): HttpErrorAnswer {
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
  res
    .status(answer.status)
    .type(errorContentType(req))
    .send(JSON.stringify({ errors: [{ message: answer.message, extensions: { code: answer.code } }] }));
}

/** Errors as GraphQL-shaped JSON with a fitting status, never Express's HTML error page. */
const jsonErrorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  sendError(req, res, describeHttpError(error));
};

/** Unknown paths: JSON too. */
const notFoundHandler: RequestHandler = (req, res) => {
  sendError(req, res, {
    status: 404,
    code: 'NOT_FOUND',
    message: `No resource at ${req.method} ${req.path}`,
  });
};
