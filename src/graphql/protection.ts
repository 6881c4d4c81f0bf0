import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Authenticate, Context } from './context.js';

/**
 * Everything that guards the API as a whole rather than one field: request limits (graphql-armor: depth,
 * aliases, tokens, cost), authentication and authorisation. createGraphQL() installs whatever this returns;
 * the auth/limits module fills it in. Field-level caps (page sizes, depth, hops) live in limits.ts.
 */
export interface Protection {
  /** Apollo plugins, such as graphql-armor's. */
  plugins: ApolloServerPlugin<Context>[];
  /** Validation rules run before execution, such as graphql-armor's max-depth/max-aliases/cost limit. */
  validationRules: ValidationRule[];
  /** Who is calling; anonymous for everyone when absent. */
  authenticate?: Authenticate;
}

export interface ProtectionDeps {
  config: Config;
  logger: Logger;
}

export function createProtection(deps: ProtectionDeps): Protection {
  deps.logger.debug('no request-wide GraphQL protection installed');
  return { plugins: [], validationRules: [] };
}
