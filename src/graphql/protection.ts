import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  Lexer,
  Source,
  TokenKind,
  type GraphQLError,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { RateLimits } from '../http/rate-limit.js';
import type { Logger } from '../logger.js';
import { authorisationPlugin, createAuthenticate } from './auth.js';
import type { Authenticate, Context } from './context.js';
import { costLimitPlugin } from './cost.js';
import { inputCheckPlugin } from './input-check.js';
import { knownOperationTypes } from './operation-types.js';

/**
 * Everything that guards the API as a whole rather than one field: request limits (graphql-armor: depth,
 * aliases, directives, field suggestions; tokens; graphql-query-complexity: cost), authentication,
 * authorisation and the rules every argument keeps (input-check.ts: no null for a non-null argument, text
 * caps). createGraphQL() installs whatever this returns. Field-level caps (page sizes, depth, hops) live in
 * limits.ts.
 *
 * Every limit answers with `extensions.code` LIMIT_EXCEEDED and HTTP 400 (nothing was executed), with a
 * message naming the limit and, where known, the value found.
 */
export interface Protection {
  /** Apollo plugins, such as graphql-armor's. */
  plugins: ApolloServerPlugin<Context>[];
  /** Validation rules run before execution, such as graphql-armor's max-depth/max-aliases. */
  validationRules: ValidationRule[];
  /** Who is calling; anonymous for everyone when absent. */
  authenticate?: Authenticate;
}

export interface ProtectionDeps {
  config: Config;
  logger: Logger;
  rateLimits?: RateLimits;
}

/** Directives per operation; the schema has no custom directives, so a handful of @include/@skip is plenty. */
export const MAX_DIRECTIVES = 50;

/** LIMIT_EXCEEDED for a request-wide limit. */
export function limitExceeded(limit: string, message: string, max: number): AppError {
  return new AppError('LIMIT_EXCEEDED', message, { limit, max, http: { status: 400 } });
}

/**
 * graphql-armor reports a rejection as a "Syntax Error: ..." GraphQLError; we report our own LIMIT_EXCEEDED to
 * the validation context instead (and do not let armor throw, which would skip the other rules' reports).
 */
function reportAs(limit: string, max: number) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError): void => {
        context?.reportError(limitExceeded(limit, error.message.replace(/^Syntax Error: /, ''), max));
      },
    ],
  };
}

/**
 * Counts lexical tokens before Apollo parses the document, stopping at the first one over the limit, so a
 * huge document is rejected before parsing and validation spend time on it. (graphql-armor's own Apollo token
 * plugin answers with HTTP 500 and no usable code; graphql-js's lexer does the counting here.)
 */
export function countTokens(source: string, max: number): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      count += 1;
      if (count > max) return count;
    }
  } catch {
    // A lexical error is the parser's to report, with its position.
  }
  return count;
}

function tokenLimitPlugin(max: number): ApolloServerPlugin<Context> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        parsingDidStart: ({ source }) => {
          if (countTokens(source, max) > max) {
            throw limitExceeded('tokens', `Token limit of ${max} exceeded`, max);
          }
          return Promise.resolve();
        },
      }),
    // An error thrown by a parsing hook reaches Apollo as "unexpected" (it would answer 500). Rethrowing an
    // AppError from here makes Apollo answer with it as it is: its code and HTTP status.
    unexpectedErrorProcessingRequest: ({ error }) => {
      if (error instanceof AppError) throw error;
      return Promise.resolve();
    },
  };
}

/**
 * Apollo wraps every validation error as GRAPHQL_VALIDATION_FAILED, overwriting the code. Our limit errors
 * are AppErrors reported by validation rules: this restores their own code, in this one place.
 */
const appErrorCodesPlugin: ApolloServerPlugin<Context> = {
  requestDidStart: () =>
    Promise.resolve({
      didEncounterErrors: ({ errors }) => {
        for (const error of errors) {
          const original = error.originalError;
          if (original instanceof AppError && error !== original) error.extensions.code = original.code;
        }
        return Promise.resolve();
      },
    }),
};

export function createProtection(deps: ProtectionDeps): Protection {
  const { limits, env } = deps.config;
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...reportAs('depth', limits.maxDepth) },
    maxAliases: { n: limits.maxAliases, ...reportAs('aliases', limits.maxAliases) },
    maxDirectives: { n: MAX_DIRECTIVES, ...reportAs('directives', MAX_DIRECTIVES) },
    // Replaced below: tokens by tokenLimitPlugin, cost by graphql-query-complexity (weights lists by `first`).
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    // "Did you mean ...?" hints map the schema for an attacker; developers keep them.
    blockFieldSuggestion: { enabled: env !== 'development' },
  }).protect();
  deps.logger.debug({ limits }, 'GraphQL request limits installed');
  return {
    plugins: [
      // graphql-armor's declarations import Apollo's CommonJS types; the plugin objects are the same at run time.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      tokenLimitPlugin(limits.maxTokens),
      // Before the cost check: a caller who may not run the operation at all learns that first.
      authorisationPlugin(deps.config),
      // Before the cost check, which would otherwise cost arguments that execution is going to refuse.
      inputCheckPlugin,
      costLimitPlugin(limits, deps.rateLimits),
      appErrorCodesPlugin,
    ],
    validationRules: [knownOperationTypes, ...armor.validationRules],
    authenticate: createAuthenticate(deps.config.auth.keys),
  };
}
