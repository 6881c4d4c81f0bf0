import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { OperationTypeNode } from 'graphql';
import type { Config } from '../config.js';
import type { Context, Role } from './context.js';

/**
 * Cache-control for dashboards: read answers may be kept by a browser or a CDN for `CACHE_MAX_AGE` seconds, so
 * GET requests and persisted queries (APQ over GET) are cacheable. Apollo's cache-control plugin computes the
 * policy of each answer from the schema's `@cacheControl` hints (the review queue is `maxAge: 0`) with
 * `CACHE_MAX_AGE` as the default; this module turns it into the header, adding what Apollo cannot know:
 * an answer is `private` whenever it depends on the API key, and never cacheable for a write.
 */

export interface CacheDecision {
  /** The operation's type; undefined when none was resolved (a document that failed to parse or validate). */
  operation: OperationTypeNode | undefined;
  /** The policy computed from the hints, or null when they make the answer uncacheable. */
  policy: { maxAge: number; scope: 'PUBLIC' | 'PRIVATE' } | null;
  /** Whether the answer carries errors: an error is never cached (the next try may succeed). */
  hasErrors: boolean;
  /** Whether the answer depends on who asked (see `dependsOnKey`). */
  keyed: boolean;
}

export const NO_STORE = 'no-store';

/** The `cache-control` header value for an answer. */
export function cacheControlHeader(decision: CacheDecision): string {
  const { operation, policy, hasErrors, keyed } = decision;
  if (operation !== OperationTypeNode.QUERY || hasErrors || policy === null || policy.maxAge <= 0)
    return NO_STORE;
  const scope = keyed || policy.scope === 'PRIVATE' ? 'private' : 'public';
  return `max-age=${policy.maxAge}, ${scope}`;
}

/**
 * Whether an answer depends on the API key: when reads need a key, an answer must not be served from a
 * shared cache to someone without one; and an answer to a keyed request is kept private, as a CDN cannot
 * check the key of the next caller.
 */
export function dependsOnKey(config: Pick<Config, 'auth'>, role: Role): boolean {
  return config.auth.readsRequireAuth || role !== 'anonymous';
}

/** Apollo's cache-control plugin (hints → policy) and the header this service sends for it. */
export function cacheControlPlugins(config: Pick<Config, 'auth' | 'cache'>): ApolloServerPlugin<Context>[] {
  const header: ApolloServerPlugin<Context> = {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response, overallCachePolicy, operation, contextValue }) => {
          const value = cacheControlHeader({
            operation: operation?.operation,
            policy: overallCachePolicy.policyIfCacheable(),
            hasErrors: response.body.kind !== 'single' || response.body.singleResult.errors !== undefined,
            keyed: dependsOnKey(config, contextValue.auth.role),
          });
          response.http.headers.set('cache-control', value);
          return Promise.resolve();
        },
      }),
  };
  return [
    ApolloServerPluginCacheControl({
      defaultMaxAge: config.cache.maxAgeSeconds,
      calculateHttpHeaders: false,
    }),
    header,
  ];
}
