import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { OperationTypeNode } from 'graphql';
import type { Config } from '../config.js';
import { cachePolicyCalculator } from './cache-policy.js';
import type { Context, Role } from './context.js';

/**
 * Cache-control for dashboards: read answers may be kept by a browser or a CDN for `CACHE_MAX_AGE` seconds, so
 * GET requests and persisted queries (APQ over GET) are cacheable. The policy of each answer comes from the
 * schema's `@cacheControl` hints (the review queue is `maxAge: 0`) with `CACHE_MAX_AGE` as the default, by
 * Apollo's rules, computed from the document before it runs (cache-policy.ts says why not by Apollo's
 * plugin); this module turns it into the header, adding what Apollo cannot know: an answer is `private`
 * whenever it depends on the API key, and never cacheable for a write.
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

/** The policy of each operation from the hints (instead of Apollo's per-field plugin), and the header for it. */
export function cacheControlPlugins(config: Pick<Config, 'auth' | 'cache'>): ApolloServerPlugin<Context>[] {
  let policyOf: ReturnType<typeof cachePolicyCalculator> | undefined;
  const plugin: ApolloServerPlugin<Context> = {
    serverWillStart: ({ schema }) => {
      policyOf = cachePolicyCalculator(schema, config.cache.maxAgeSeconds);
      return Promise.resolve();
    },
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ document, operation, overallCachePolicy }) => {
          if (policyOf && operation) overallCachePolicy.restrict(policyOf(document, operation));
          return Promise.resolve();
        },
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
  // Without this Apollo installs its own cache-control plugin, which listens to every resolved field.
  return [ApolloServerPluginCacheControlDisabled(), plugin];
}
