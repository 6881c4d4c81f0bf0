import { inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startService, type RunningService } from '../../src/service.js';

export const READER_KEY = 'reader-key-0123456789abcdef';
export const EDITOR_KEY = 'editor-key-0123456789abcdef';

/**
 * The real service (same composition as `npm start`) on a free loopback port, against the Neo4j the
 * global setup provides, seeded with the curated graph and the corpus the first time.
 */
export async function startTestService(env: Record<string, string> = {}): Promise<RunningService> {
  const neo4j = inject('neo4j');
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    API_KEYS: `reader:${READER_KEY},editor:${EDITOR_KEY}`,
    ...env,
  });
  return startService(config, createLogger(config.logLevel), neo4j);
}

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  contentType: string | null;
  body: {
    data?: TData | null;
    errors?: {
      message: string;
      path?: (string | number)[];
      extensions?: { code?: string } & Record<string, unknown>;
    }[];
    extensions?: Record<string, unknown>;
  };
}

/** POSTs a GraphQL operation the way a client following the GraphQL-over-HTTP spec does. */
export async function gql<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    body: (await res.json()) as GraphQLResponse<TData>['body'],
  };
}
