// What the test page (main.ts, bundled with Apollo Client) offers the browser test, as `globalThis.harness`.
// Kept free of DOM types so the Node-side test can import it.

export type Variables = Record<string, unknown>;

export interface QueryOutcome {
  data: unknown;
  /** The GraphQL errors Apollo Client reported, with their `extensions.code`. */
  errors: { message: string; code: unknown }[];
}

export interface Harness {
  /** A fresh Apollo Client for the service, with the `possibleTypes` it publishes or (to compare) without. */
  connect(serviceUrl: string, options: { possibleTypes: boolean }): Promise<void>;
  /**
   * Watches an entity card as a dashboard does (cache-first, kept up to date from the cache) and renders it
   * into the page; resolves with its first complete result.
   */
  watchCard(card: string, query: string, variables: Variables): Promise<unknown>;
  /** The latest complete result the card's watched query delivered. */
  latest(card: string): unknown;
  /** One query through the client (cache-first); errors come back instead of throwing with `errorPolicy: 'all'`. */
  query(query: string, variables: Variables, errorPolicy: 'none' | 'all'): Promise<QueryOutcome>;
  /** What the cache alone answers for a query; null when it cannot answer it completely. */
  read(query: string, variables: Variables): unknown;
}

export interface HarnessGlobal {
  harness: Harness;
}
