import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { AppError } from '../errors.js';
import type { RateLimits } from '../http/rate-limit.js';
import type { Context } from './context.js';

/**
 * Query cost, computed by graphql-query-complexity before execution with the request's variables. Every field
 * costs 1; a field that returns a page or a bounded list multiplies what is selected under it by its size
 * argument (`first` or `limit`, the schema default when the query leaves it out), so
 * `entities(first: 100) { ... relations(first: 100) { ... } }` costs about 100 × 100 × what each relation
 * selects. Graph walks multiply by how far they go: `neighbourhood` by `limit × depth`, `paths` by
 * `first × maxHops`. Lists without a size argument (evidence, facts, aliases, a graph's nodes) count once:
 * they are short by nature or already bounded by the argument of the field they hang off.
 * Introspection costs nothing, so tools can always read the schema.
 *
 * Calibrated with scripts/calibrate-cost.ts (every statement PROFILEd on the corpus graph): list fields cost at
 * most ~5 db hits per unit of cost, nested pages far less (the worst case is costed, the corpus rarely fills
 * it), and the largest statement measured needed under 0.5 MB of transaction memory, three orders of
 * magnitude under the 256 MB per-transaction cap. The one field costed below its work was a sized list
 * selecting only `__typename`; such items now cost one each.
 */

/** What one field costs before its children. */
export const FIELD_COST = 1;

/** Names of the arguments that size a list. */
const SIZE_ARGUMENTS = ['first', 'limit'] as const;

/** Fields that walk the graph: their size argument times the named reach argument. */
const REACH_ARGUMENTS: Readonly<Record<string, string>> = {
  'Query.neighbourhood': 'depth',
  'Query.paths': 'maxHops',
};

const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;

/**
 * How many times a field's children count. `args` are the coerced argument values (schema defaults included);
 * `argumentNames` the arguments the field declares. A declared size argument with no value counts as
 * `defaultListSize`.
 */
export function listMultiplier(
  typeName: string,
  fieldName: string,
  args: Readonly<Record<string, unknown>>,
  argumentNames: readonly string[],
  defaultListSize: number,
): number {
  let size = 1;
  for (const name of SIZE_ARGUMENTS) {
    if (argumentNames.includes(name)) {
      size = positive(args[name]) ?? defaultListSize;
      break;
    }
  }
  const reach = REACH_ARGUMENTS[`${typeName}.${fieldName}`];
  return reach === undefined ? size : size * (positive(args[reach]) ?? 1);
}

/** The estimator handed to graphql-query-complexity. */
export function listEstimator(defaultListSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
    const multiplier = listMultiplier(
      type.name,
      field.name,
      args,
      field.args.map((a) => a.name),
      defaultListSize,
    );
    // Each item of a sized list costs at least one field, whatever is selected under it: Neo4j reads the items
    // all the same (scripts/calibrate-cost.ts measured `timeline(first: 100) { __typename }` at 2,626 db hits).
    const sized = field.args.some((a) => (SIZE_ARGUMENTS as readonly string[]).includes(a.name));
    return FIELD_COST + multiplier * (sized ? Math.max(childComplexity, FIELD_COST) : childComplexity);
  };
}

export interface CostRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string;
  variables?: Record<string, unknown>;
}

/**
 * The cost of one operation; undefined when the variables do not coerce (execution reports that, with the
 * usual BAD_USER_INPUT). Any other failure is a bug and is thrown: a request whose cost is unknown is refused.
 */
export function queryCost(request: CostRequest, defaultListSize: number): number | undefined {
  try {
    return getComplexity({
      schema: request.schema,
      query: request.document,
      estimators: [listEstimator(defaultListSize)],
      ...(request.operationName === undefined ? {} : { operationName: request.operationName }),
      ...(request.variables === undefined ? {} : { variables: request.variables }),
    });
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'GraphQLError') throw error;
    // graphql-query-complexity gives up on documents with more than 10 000 selections: that is over any limit.
    if (/maximum allowed number of nodes/.test(error.message)) return Infinity;
    return undefined;
  }
}

/** Most variable sets remembered per document; past it, that document's remembered costs start again. */
const COSTS_PER_DOCUMENT = 64;
/** Variables longer than this as JSON (an article's text) are costed afresh each time instead of kept. */
const MAX_REMEMBERED_VARIABLES = 2_048;

/**
 * queryCost remembering its answers: Apollo keeps one parsed document per query text, and the same document
 * with the same variables costs the same. Dashboards send the same few operations over and over, and walking
 * the document with the schema was ~3 % of a search request's CPU in a profile.
 */
export function rememberingCost(defaultListSize: number): (request: CostRequest) => number | undefined {
  const costs = new WeakMap<DocumentNode, Map<string, number | undefined>>();
  return (request) => {
    const key = `${request.operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
    if (key.length > MAX_REMEMBERED_VARIABLES) return queryCost(request, defaultListSize);
    let known = costs.get(request.document);
    if (known === undefined) {
      known = new Map();
      costs.set(request.document, known);
    }
    if (known.has(key)) return known.get(key);
    const cost = queryCost(request, defaultListSize);
    if (known.size >= COSTS_PER_DOCUMENT) known.clear();
    known.set(key, cost);
    return cost;
  };
}

/** LIMIT_EXCEEDED naming the computed cost and the limit; HTTP 400, since nothing was executed. */
export function costExceeded(cost: number, max: number): AppError {
  const shown = Number.isFinite(cost) ? String(cost) : 'too large to compute';
  return new AppError(
    'LIMIT_EXCEEDED',
    `Query cost ${shown} exceeds the limit of ${max}; ask for smaller pages (first/limit) or fewer nested lists`,
    { limit: 'cost', cost: Number.isFinite(cost) ? cost : null, max, http: { status: 400 } },
  );
}

/**
 * Rejects an operation whose cost is over `maxCost` once it is resolved, before anything executes; charges the
 * cost to the client's budget (src/http/rate-limit.ts; 429 once it is spent); and sends the statements of an
 * operation costing `heavyCost` or more to the database's heavy lane (src/neo4j/guard.ts).
 */
export function costLimitPlugin(
  limits: { maxCost: number; maxPageSize: number; heavyCost: number },
  budgets?: RateLimits,
): ApolloServerPlugin<Context> {
  const costOf = rememberingCost(limits.maxPageSize);
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: async ({ schema, document, operation, request, contextValue }) => {
          if (!operation) return;
          const cost = costOf({
            schema,
            document,
            ...(operation.name ? { operationName: operation.name.value } : {}),
            ...(request.variables ? { variables: request.variables } : {}),
          });
          if (cost === undefined) return;
          if (cost > limits.maxCost) throw costExceeded(cost, limits.maxCost);
          await budgets?.chargeCost(contextValue.client, cost);
          if (cost >= limits.heavyCost) contextValue.db.useLane('heavy');
        },
      }),
  };
}
