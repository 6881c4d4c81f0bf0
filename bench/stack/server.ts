// The stack: Apollo Server 5 on express 5 with graphql-js over the service's own schema.graphql, and nothing else
// (no database, no middleware, no resolvers of ours, no input checks). It executes each request's document over
// the service's answer to the same request, fetched once from the service (ANSWERS_FROM) and then held in memory:
// what the stack the service is built on costs per answer before any database work. The benchmark sets it beside
// the floor to show how much of a latency target the stack alone takes.
// Run: ANSWERS_FROM=http://127.0.0.1:4000 PORT=4300 tsx bench/stack/server.ts (prints STACK_READY <url>).
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import {
  buildSchema,
  Kind,
  print,
  visit,
  type GraphQLFieldResolver,
  type OperationDefinitionNode,
} from 'graphql';

const answersFrom = process.env.ANSWERS_FROM;
if (!answersFrom)
  throw new Error('ANSWERS_FROM (the service URL whose answers the stack serves) is required');

const schema = buildSchema(readFileSync(join(import.meta.dirname, '..', '..', 'schema.graphql'), 'utf8'));
const queryType = schema.getQueryType();

/**
 * The operation with `__typename` asked everywhere: graphql-js's default type resolver reads it, so interfaces
 * and unions resolve from the held answer as the service's resolveType functions would.
 */
function withTypenames(operation: OperationDefinitionNode): string {
  return print(
    visit(operation, {
      SelectionSet: (node) => ({
        ...node,
        selections: [
          ...node.selections,
          { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } },
        ],
      }),
    }),
  );
}

// Per parsed operation (Apollo caches parsed documents, so the node is the same object on every request), the
// service's answer per variables.
const answers = new WeakMap<OperationDefinitionNode, Map<string, Promise<Record<string, unknown>>>>();

async function fetchAnswer(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${answersFrom ?? ''}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: withTypenames(operation), variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown };
  if (!body.data || body.errors)
    throw new Error(`the service did not answer: ${JSON.stringify(body.errors)}`);
  return body.data;
}

function answerFor(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  let byVariables = answers.get(operation);
  if (!byVariables) {
    byVariables = new Map();
    answers.set(operation, byVariables);
  }
  const key = JSON.stringify(variables);
  let answer = byVariables.get(key);
  if (!answer) {
    answer = fetchAnswer(operation, variables);
    byVariables.set(key, answer);
  }
  return answer;
}

/** Root fields come from the held answer, every other field from its parent's value under the response key. */
const fieldResolver: GraphQLFieldResolver<Record<string, unknown> | undefined, unknown> = (
  source,
  _args,
  _context,
  info,
) => {
  const key = String(info.path.key);
  if (info.parentType === queryType) {
    return answerFor(info.operation, info.variableValues).then((data) => data[key]);
  }
  return source?.[key];
};

const server = new ApolloServer({
  schema,
  fieldResolver,
  // As the service does: unindented JSON.
  stringifyResult: (value) => JSON.stringify(value),
});
await server.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(server));
const listener = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = listener.address() as AddressInfo;
  console.log(`STACK_READY http://127.0.0.1:${String(port)}`);
});
process.on('SIGTERM', () => {
  listener.close();
  void server.stop().then(() => process.exit(0));
});
