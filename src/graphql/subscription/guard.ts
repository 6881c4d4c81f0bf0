import {
  GraphQLError,
  getOperationAST,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import type { Config } from '../../config.js';
import { AppError, badInput } from '../../errors.js';
import { accessPolicy, authorise, rootFieldNames } from '../auth.js';
import type { Role } from '../context.js';
import { costExceeded, queryCost } from '../cost.js';
import { checkOperationArguments } from '../input-check.js';
import { countTokens, limitExceeded } from '../protection.js';

/**
 * The checks a query gets over HTTP, for a subscription arriving over WebSocket, in the same order and with the
 * same errors: token limit (before parsing), parsing, validation with the same rules (graphql-js's plus
 * graphql-armor's depth, alias and directive limits), the access rule, argument checks, then the cost limit. Only subscriptions
 * are served over WebSocket; queries and mutations have HTTP, with its caching and status codes.
 */

export interface SubscriptionGuardDeps {
  schema: GraphQLSchema;
  config: Pick<Config, 'auth' | 'limits' | 'env'>;
  /** graphql-armor's rules, as installed in Apollo (protection.ts). */
  validationRules: readonly ValidationRule[];
}

export interface SubscribeRequest {
  query: string;
  operationName?: string | null | undefined;
  variables?: Record<string, unknown> | null | undefined;
}

export interface CheckedSubscription {
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/** A GraphQL error with a stable code (graphql-js's own parse and validation errors have none). */
function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.originalError instanceof AppError) return error.originalError;
  if (error instanceof AppError) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    extensions: { ...error.extensions, code },
  });
}

/**
 * "Did you mean …?" maps the schema for an attacker; over HTTP graphql-armor hides it outside development
 * (protection.ts), with the same words.
 */
function withoutSuggestions(error: GraphQLError): GraphQLError {
  if (!/Did you mean/.test(error.message)) return error;
  return new GraphQLError(error.message.replace(/Did you mean ".+"\?/g, '[Suggestion hidden]').trim(), {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    extensions: error.extensions,
  });
}

export function checkSubscription(
  deps: SubscriptionGuardDeps,
  role: Role,
  request: SubscribeRequest,
): CheckedSubscription | GraphQLError[] {
  const { limits } = deps.config;
  if (countTokens(request.query, limits.maxTokens) > limits.maxTokens) {
    return [limitExceeded('tokens', `Token limit of ${limits.maxTokens} exceeded`, limits.maxTokens)];
  }
  let document: DocumentNode;
  try {
    document = parse(request.query);
  } catch (error) {
    if (error instanceof GraphQLError) return [withCode(error, 'GRAPHQL_PARSE_FAILED')];
    throw error;
  }
  const invalid = validate(deps.schema, document, [...specifiedRules, ...deps.validationRules]);
  if (invalid.length > 0) {
    return invalid.map((e) =>
      withCode(deps.config.env === 'development' ? e : withoutSuggestions(e), 'GRAPHQL_VALIDATION_FAILED'),
    );
  }

  const operationName = request.operationName ?? undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation) {
    return [
      badInput(
        operationName
          ? `The document has no operation named "${operationName}"`
          : 'The document has several operations: name the one to run (operationName)',
      ),
    ];
  }
  if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
    return [
      badInput(
        `Only subscriptions are served over WebSocket; send a ${operation.operation} to /graphql over HTTP`,
      ),
    ];
  }
  try {
    authorise(role, operation.operation, rootFieldNames(operation, document), accessPolicy(deps.config));
    // Nulls for defaulted arguments, text caps and control characters, as inputCheckPlugin checks them over HTTP.
    checkOperationArguments(deps.schema, document, operation, request.variables ?? undefined);
  } catch (error) {
    if (error instanceof AppError) return [error];
    throw error;
  }
  const cost = queryCost(
    {
      schema: deps.schema,
      document,
      ...(operationName === undefined ? {} : { operationName }),
      ...(request.variables ? { variables: request.variables } : {}),
    },
    limits.maxPageSize,
  );
  if (cost !== undefined && cost > limits.maxCost) return [costExceeded(cost, limits.maxCost)];
  return { document, operation };
}
