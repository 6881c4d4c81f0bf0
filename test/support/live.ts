// GraphQL subscriptions from a test, as a real client makes them: graphql-ws over a WebSocket (the `ws`
// package, since Node 20 has no WebSocket of its own), against the service's /graphql.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Topic } from '../../src/events/topics.js';

export interface LiveClient {
  client: Client;
  /** Close codes the socket was closed with, in order. */
  closes: number[];
  dispose(): Promise<void>;
}

/** A client that connects at once and never retries, so a refusal is an error the test sees. */
export function liveClient(url: string, connectionParams: Record<string, unknown> = {}): LiveClient {
  const closes: number[] = [];
  const client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    lazy: false,
    // Closing is recorded below; graphql-ws would print every close of a non-lazy client to stderr.
    onNonLazyError: () => undefined,
    retryAttempts: 0,
    on: {
      closed: (event) => {
        closes.push((event as { code: number }).code);
      },
    },
  });
  return {
    client,
    closes,
    dispose: async () => {
      await client.dispose();
    },
  };
}

export interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: string } & Record<string, unknown>;
}

/** One subscription, recording what arrives: results (data or errors) and a terminal error. */
export class Recorder<T> {
  readonly results: { data?: T | null; errors?: GraphQLErrorLike[] }[] = [];
  error: unknown = undefined;
  completed = false;
  private readonly stop: () => void;
  private waiters: (() => void)[] = [];

  constructor(client: Client, query: string, variables: Record<string, unknown> = {}) {
    this.stop = client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          this.results.push(result as (typeof this.results)[number]);
          this.wake();
        },
        error: (error: unknown) => {
          this.error = error;
          this.wake();
        },
        complete: () => {
          this.completed = true;
          this.wake();
        },
      },
    );
  }

  get data(): T[] {
    return this.results.flatMap((r) => (r.data ? [r.data] : []));
  }

  /** The error codes of a refused subscription (graphql-ws hands over the list of GraphQL errors). */
  get errorCodes(): (string | undefined)[] {
    return Array.isArray(this.error) ? (this.error as GraphQLErrorLike[]).map((e) => e.extensions?.code) : [];
  }

  /** Waits until `done()` holds, or fails after `ms`. */
  async until(done: (r: this) => boolean, ms = 15_000, what = 'the expected event'): Promise<void> {
    const deadline = Date.now() + ms;
    while (!done(this)) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`Timed out after ${ms} ms waiting for ${what}: ${JSON.stringify(this.results)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 250));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits for a refusal (or a terminal error). */
  failed(ms = 10_000): Promise<void> {
    return this.until((r) => r.error !== undefined || r.completed, ms, 'the subscription to be refused');
  }

  unsubscribe(): void {
    this.stop();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

/** Polls until `count()` reaches `n`: subscribing is asynchronous, and an event sent before it is missed. */
export async function waitForCount(
  count: () => Promise<number>,
  n: number,
  what: string,
  ms = 15_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  let last = await count();
  while (last < n) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${n} ${what} (have ${last})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await count();
  }
}

/** Waits until a service's bus has `n` subscribers on a topic. */
export const waitForSubscribers = (
  events: { subscriberCount(topic: Topic): Promise<number> },
  topic: Topic,
  n = 1,
): Promise<void> => waitForCount(() => events.subscriberCount(topic), n, `subscribers on ${topic}`);
