import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { startService, type RunningService, type ServiceOptions } from '../../src/service.js';

export const READER_KEY = 'reader-key-0123456789abcdef';
export const EDITOR_KEY = 'editor-key-0123456789abcdef';
export const asEditor = { 'x-api-key': EDITOR_KEY };
export const asReader = { 'x-api-key': READER_KEY };

/** A random suffix of letters only, so names built from it tokenise as words; tests own data named with it. */
export const uniqueSuffix = (): string =>
  randomBytes(4)
    .toString('hex')
    .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)] ?? 'x');

/**
 * The real service (same composition as `npm start`) on a free loopback port, against the Neo4j the
 * global setup provides, seeded with the curated graph and the corpus the first time. An empty value unsets a
 * variable (`NODE_ENV: ''` is the default a user gets); `logger` replaces the silent one.
 */
export async function startTestService(
  env: Record<string, string> = {},
  options: { logger?: Logger } & ServiceOptions = {},
): Promise<RunningService> {
  const neo4j = inject('neo4j');
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    API_KEYS: `reader:${READER_KEY},editor:${EDITOR_KEY}`,
    // Its background requests would land among what tests count (round trips, metrics, logs); warm-up.test.ts
    // turns it on.
    WARM_UP: 'false',
    ...env,
  });
  return startService(config, options.logger ?? createLogger(config.logLevel), neo4j, options);
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

/** Creates an entity through the API as an editor and returns its id. */
export async function createEntity(url: string, input: Record<string, unknown>): Promise<string> {
  const res = await gql<{ upsertEntity: { id: string } }>(
    url,
    'mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { id } }',
    { input },
    asEditor,
  );
  const id = res.body.data?.upsertEntity.id;
  if (!id) throw new Error(JSON.stringify(res.body.errors));
  return id;
}

/** The `extensions.code` of each error in a response, in order. */
export const errorCodes = (res: GraphQLResponse): (string | undefined)[] =>
  (res.body.errors ?? []).map((e) => e.extensions?.code);

/** Statements the request sent to Neo4j (`extensions.neo4jRoundTrips`, added under NODE_ENV=test only). */
export const roundTrips = (res: GraphQLResponse): number => Number(res.body.extensions?.neo4jRoundTrips);
