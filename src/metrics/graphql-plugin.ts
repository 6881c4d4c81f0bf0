import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../graphql/context.js';
import type { Metrics, Outcome } from './metrics.js';

/** The root mutation whose count and duration are reported as ingests. */
const INGEST_FIELD = 'ingestArticle';

const isCreated = (result: unknown): boolean =>
  typeof result === 'object' && result !== null && 'created' in result && result.created === true;

/** Whether an operation is a mutation; Apollo may hand over none (an operation that could not be resolved). */
const isMutation = (operation: OperationDefinitionNode | undefined): boolean =>
  operation?.operation === OperationTypeNode.MUTATION;

/**
 * The limit a LIMIT_EXCEEDED error names: request-wide limits say which (`depth`, `aliases`, `tokens`, `cost`,
 * `directives`), field caps name their argument (`first`, `limit`, `depth`, `maxHops`).
 */
function limitOf(extensions: Record<string, unknown> | undefined): string | undefined {
  if (extensions?.code !== 'LIMIT_EXCEEDED') return undefined;
  const named = extensions.limit ?? extensions.argument;
  return typeof named === 'string' ? named : 'other';
}

/**
 * Per GraphQL request: fills the request's record (operation, outcome, error codes) for its log line, and reports
 * the operation's count and latency, the limits it was refused for, and each `ingestArticle`'s outcome and
 * duration to the metrics.
 */
export function observabilityPlugin(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    requestDidStart: () => {
      const start = process.hrtime.bigint();
      const seconds = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e9;
      let type = 'none';
      let operation: string | undefined;
      return Promise.resolve({
        didResolveOperation: ({ operation: resolved, operationName, contextValue }) => {
          type = resolved?.operation ?? 'none';
          operation = operationName ?? undefined;
          contextValue.record.operationType = type;
          if (operation) contextValue.record.operation = operation;
          return Promise.resolve();
        },
        // Only a mutation can hold ingestArticle. A field listener makes Apollo wrap every resolver of the
        // request, so queries go without one.
        executionDidStart: (started) => {
          return Promise.resolve(
            !isMutation(started.operation)
              ? undefined
              : {
                  willResolveField: ({ info }) => {
                    if (info.parentType.name !== 'Mutation' || info.fieldName !== INGEST_FIELD) return;
                    const fieldStart = process.hrtime.bigint();
                    return (error, result) => {
                      metrics.ingest(
                        error ? 'failed' : isCreated(result) ? 'created' : 'unchanged',
                        seconds(fieldStart),
                      );
                    };
                  },
                },
          );
        },
        willSendResponse: ({ response, contextValue }) => {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const codes = (body?.errors ?? []).map((e) =>
            typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR',
          );
          const hasData = body?.data !== undefined && body.data !== null;
          const outcome: Outcome = codes.length === 0 ? 'ok' : hasData ? 'partial' : 'error';
          contextValue.record.outcome = outcome;
          contextValue.record.errorCodes.push(...codes);
          for (const error of body?.errors ?? []) {
            const limit = limitOf(error.extensions);
            if (limit !== undefined) metrics.refused(limit);
          }
          metrics.graphqlOperation(operation, type, outcome, seconds(start));
          return Promise.resolve();
        },
      });
    },
  };
}
