import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses an operation of a type the schema does not define (a `subscription` while there is no Subscription
 * type) during validation, as graphql-js 17 does: graphql 16 lets it through to execution, which fails with an
 * error that has no code and so reads as the server's fault.
 */
export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(`The schema does not support ${node.operation} operations`, { nodes: node }),
    );
  },
});
