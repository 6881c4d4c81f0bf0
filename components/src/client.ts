import { createClient, type Client } from 'graphql-ws';

/**
 * How the components talk to the service: queries over HTTP POST (JSON), live updates over one shared
 * WebSocket per endpoint and key (graphql-ws). The API key travels as `x-api-key` on HTTP and as `apiKey` in
 * the WebSocket connection parameters (browsers cannot set headers on a WebSocket).
 */

export interface Connection {
  /** Absolute URL of the GraphQL endpoint. */
  endpoint: string;
  /** An API key, or null to call anonymously. */
  apiKey: string | null;
}

/** The service that served this script: components embedded from it talk to it unless told otherwise. */
const SCRIPT_ORIGIN = new URL(/* @vite-ignore */ '/graphql', import.meta.url).href;

/** An `endpoint` attribute (absolute or relative to the page), or the service that served the components. */
export function resolveEndpoint(attribute: string | null): string {
  if (attribute === null || attribute.trim() === '') return SCRIPT_ORIGIN;
  return new URL(attribute.trim(), document.baseURI).href;
}

/** A failed request, with the service's stable error code when it gave one. */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs a query; any GraphQL error fails it (components show the first one). */
export async function query<T>(
  connection: Connection,
  document: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(connection.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(connection.apiKey ? { 'x-api-key': connection.apiKey } : {}),
      },
      body: JSON.stringify({ query: document, variables }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new RequestError(`The service at ${connection.endpoint} cannot be reached`, 'UNAVAILABLE');
  }
  let answer: Answer<T>;
  try {
    answer = (await response.json()) as Answer<T>;
  } catch {
    throw new RequestError(`The service answered ${response.status} without GraphQL`, null);
  }
  const first = answer.errors?.[0];
  if (first) throw new RequestError(first.message, first.extensions?.code ?? null);
  if (answer.data === undefined || answer.data === null) {
    throw new RequestError(`The service answered ${response.status} without data`, null);
  }
  return answer.data;
}

/** ws(s):// for an http(s):// endpoint. */
export function webSocketUrl(endpoint: string): string {
  const url = new URL(endpoint);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

export type LiveStatus = 'connecting' | 'live' | 'offline';

interface SharedClient {
  client: Client;
  status: LiveStatus;
  listeners: Set<(status: LiveStatus, reconnected: boolean) => void>;
}

const clients = new Map<string, SharedClient>();

/** One WebSocket per endpoint and key, shared by every component on the page, reconnecting forever. */
function sharedClient(connection: Connection): SharedClient {
  const key = `${connection.endpoint}\n${connection.apiKey ?? ''}`;
  const existing = clients.get(key);
  if (existing) return existing;
  const shared: SharedClient = {
    status: 'connecting',
    listeners: new Set(),
    client: createClient({
      url: webSocketUrl(connection.endpoint),
      connectionParams: connection.apiKey ? { apiKey: connection.apiKey } : {},
      lazy: true,
      lazyCloseTimeout: 2_000,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      on: {
        connected: (_socket, _payload, wasRetry) => {
          notify(shared, 'live', wasRetry);
        },
        closed: () => {
          notify(shared, 'offline', false);
        },
        connecting: () => {
          if (shared.status !== 'live') notify(shared, 'connecting', false);
        },
      },
    }),
  };
  clients.set(key, shared);
  return shared;
}

function notify(shared: SharedClient, status: LiveStatus, reconnected: boolean): void {
  shared.status = status;
  for (const listener of shared.listeners) listener(status, reconnected);
}

export interface Subscription {
  unsubscribe(): void;
}

/**
 * Subscribes to a GraphQL subscription. `onStatus` hears the connection state, and `reconnected` is true when
 * the socket came back after a drop: events sent meanwhile are lost, so a component re-reads then.
 */
export function subscribe(
  connection: Connection,
  document: string,
  variables: Record<string, unknown>,
  handlers: {
    next: (data: unknown) => void;
    error: (error: RequestError) => void;
    status?: (status: LiveStatus, reconnected: boolean) => void;
  },
): Subscription {
  const shared = sharedClient(connection);
  const onStatus = handlers.status;
  if (onStatus) {
    shared.listeners.add(onStatus);
    onStatus(shared.status, false);
  }
  const dispose = shared.client.subscribe(
    { query: document, variables },
    {
      next: (result) => {
        const first = result.errors?.[0];
        if (first) handlers.error(new RequestError(first.message, codeOf(first)));
        else if (result.data) handlers.next(result.data);
      },
      error: (error: unknown) => {
        handlers.error(describeLiveError(error));
      },
      complete: () => undefined,
    },
  );
  return {
    unsubscribe: () => {
      if (onStatus) shared.listeners.delete(onStatus);
      dispose();
    },
  };
}

function codeOf(error: { extensions?: Record<string, unknown> }): string | null {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/** graphql-ws reports refusals as a list of GraphQL errors, and lost sockets as close events. */
function describeLiveError(error: unknown): RequestError {
  if (Array.isArray(error)) {
    const first = error[0] as { message?: string; extensions?: Record<string, unknown> } | undefined;
    return new RequestError(first?.message ?? 'Live updates were refused', first ? codeOf(first) : null);
  }
  if (error instanceof Error) return new RequestError(error.message, null);
  return new RequestError('Live updates are unavailable', 'UNAVAILABLE');
}
