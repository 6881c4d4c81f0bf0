import type { ApolloServer, BaseContext, ContextFunction } from '@apollo/server';
import { expressMiddleware, type ExpressContextFunctionArgument } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express } from 'express';
import { healthRouter, type Readiness } from './health.js';
import { playgroundRedirect, playgroundRouter } from './playground.js';

export interface AppDeps<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: ContextFunction<[ExpressContextFunctionArgument], TContext>;
  readiness: Readiness;
  corsOrigins: string[];
}

/** The HTTP surface: health probes, the offline playground, and GraphQL at /graphql. */
export function createApp<TContext extends BaseContext>(deps: AppDeps<TContext>): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(healthRouter(deps.readiness));
  app.use(playgroundRouter());
  // A person opening the GraphQL URL in a browser gets the playground instead of a JSON error.
  app.use(playgroundRedirect());
  app.use(
    '/graphql',
    cors({
      origin: deps.corsOrigins.includes('*') ? true : deps.corsOrigins,
      allowedHeaders: ['content-type', 'authorization', 'x-api-key', 'apollo-require-preflight'],
      maxAge: 600,
    }),
    express.json({ limit: '1mb' }),
    expressMiddleware(deps.apollo, { context: deps.context }),
  );
  return app;
}
