import { GraphQLError, Kind, parse, type ExecutionResult } from 'graphql';

/** What GraphiQL hands to a fetcher (a subset of @graphiql/toolkit's FetcherParams / FetcherOpts). */
export interface GraphQLParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

export interface FetcherOptions {
  /** The parsed JSON object from GraphiQL's headers editor. */
  headers?: Record<string, unknown>;
}

/**
 * Headers typed in the headers editor, minus empty values: the default tab template has `"x-api-key": ""`,
 * which must not reach the server as an (invalid) empty key.
 */
export function requestHeaders(fromEditor: Record<string, unknown> | undefined): Record<string, string> {
  const headers: Record<string, string> = {
    accept: 'application/graphql-response+json, application/json',
    'content-type': 'application/json',
  };
  for (const [name, value] of Object.entries(fromEditor ?? {})) {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    const text = String(value).trim();
    if (text !== '') headers[name.toLowerCase()] = text;
  }
  return headers;
}

/**
 * The operation name to send: GraphiQL's, unless the document defines no operation of that name. Run right after
 * a tab switch, GraphiQL can hand over the previous tab's name with the new tab's document (the browser test saw
 * "Unknown operation named HowAreTwoPeopleConnected" for the NOT_FOUND example); without it, a document of one
 * operation runs that one, and a document of several gets the server's own request to name one.
 */
export function operationNameFor(query: string, name: string | null | undefined): string | undefined {
  if (name === null || name === undefined || name === '') return undefined;
  try {
    const defined = parse(query).definitions.some(
      (d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name,
    );
    return defined ? name : undefined;
  } catch {
    // The server reports the syntax error; the name changes nothing then.
    return name;
  }
}

function failure(message: string): ExecutionResult {
  return { errors: [new GraphQLError(message)] };
}

function isExecutionResult(body: unknown): body is ExecutionResult {
  return typeof body === 'object' && body !== null && ('data' in body || 'errors' in body);
}

/**
 * A plain JSON-over-POST fetcher for an endpoint on the page's own origin. Non-GraphQL answers (a 401 or
 * 503 in text, a proxy error page) are turned into a GraphQL error so they show in the response pane.
 */
export function createFetcher(
  endpoint: string,
): (params: GraphQLParams, options?: FetcherOptions) => Promise<ExecutionResult> {
  return async (params, options) => {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        credentials: 'same-origin',
        headers: requestHeaders(options?.headers),
        body: JSON.stringify({
          ...params,
          operationName: operationNameFor(params.query, params.operationName),
        }),
      });
    } catch (error: unknown) {
      return failure(
        `Request to ${endpoint} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (isExecutionResult(body)) return body;
    const status = `${response.status} ${response.statusText}`.trim();
    return failure(`HTTP ${status}: ${text.slice(0, 1000) || '(empty body)'}`);
  };
}
