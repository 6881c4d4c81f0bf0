import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { badInput, type AppError } from '../errors.js';
import type { Context } from './context.js';
import { checkText, textCap, TEXT_SCALARS, type TextPlace } from './text-caps.js';

/**
 * Every argument of an operation, checked once the operation is known and before anything executes, so a
 * refused request has read and written nothing. Each field's arguments are coerced exactly as execution will
 * coerce them (graphql-js getArgumentValues, with the request's variables), then:
 *
 * - `null` for a non-null argument is BAD_USER_INPUT. A literal `null` never gets here (validation refuses
 *   it), but GraphQL lets a nullable variable stand for an argument that has a default, and then only execution
 *   finds the null, as an error without a code that would reach the client as INTERNAL_SERVER_ERROR;
 * - every text input keeps the rules of text-caps.ts (its length cap, no control characters, no lone
 *   surrogates), also inside input objects and lists.
 *
 * Variables that do not coerce at all are left to Apollo, which answers BAD_USER_INPUT before executing.
 */

/** HTTP 400: nothing was executed. */
const refused = (message: string, details: Record<string, unknown>): AppError =>
  badInput(message, { ...details, http: { status: 400 } });

function checkValue(value: unknown, type: GraphQLInputType, coordinate: string, place: TextPlace): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) {
    checkValue(value, type.ofType, coordinate, place);
  } else if (isListType(type)) {
    if (!Array.isArray(value)) return;
    value.forEach((item, i) => {
      checkValue(item, type.ofType, coordinate, { ...place, argument: `${place.argument}[${i}]` });
    });
  } else if (isInputObjectType(type)) {
    const fields = value as Record<string, unknown>;
    for (const field of Object.values(type.getFields())) {
      checkValue(fields[field.name], field.type, `${type.name}.${field.name}`, {
        ...place,
        argument: `${place.argument}.${field.name}`,
      });
    }
  } else if (isScalarType(type) && TEXT_SCALARS.has(type.name) && typeof value === 'string') {
    checkText(value, textCap(coordinate, type.name), place);
  }
}

/** A non-null argument given a variable whose value is null: named, with the way out. */
function nullForNonNull(
  argument: GraphQLArgument,
  node: ArgumentNode | undefined,
  variables: Record<string, unknown>,
  field: string,
): AppError | null {
  if (!node || node.value.kind !== Kind.VARIABLE || !isNonNullType(argument.type)) return null;
  const name = node.value.name.value;
  if (!Object.hasOwn(variables, name) || variables[name] !== null) return null;
  const hint =
    argument.defaultValue === undefined
      ? 'give a value'
      : `leave it out to use its default (${JSON.stringify(argument.defaultValue)})`;
  return refused(`"${argument.name}" of ${field} must not be null (variable $${name}); ${hint}`, {
    field,
    argument: argument.name,
  });
}

function checkField(
  parentType: string,
  def: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): void {
  const field = `${parentType}.${def.name}`;
  for (const argument of def.args) {
    const error = nullForNonNull(
      argument,
      node.arguments?.find((a) => a.name.value === argument.name),
      variables,
      field,
    );
    if (error) throw error;
  }
  let values: Record<string, unknown>;
  try {
    values = getArgumentValues(def, node, variables);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw refused(`${field}: ${error.message}`, { field });
  }
  for (const argument of def.args) {
    checkValue(values[argument.name], argument.type, `${field}(${argument.name})`, {
      field,
      argument: argument.name,
    });
  }
}

/** The operation and the fragments it uses (only those: another operation's fragments may use other variables). */
function reachable(
  operation: OperationDefinitionNode,
  document: DocumentNode,
): (OperationDefinitionNode | FragmentDefinitionNode)[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  }
  const found: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  const seen = new Set<string>();
  for (let i = 0; i < found.length; i++) {
    const definition = found[i];
    if (!definition) continue;
    visit(definition, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          seen.add(fragment.name.value);
          found.push(fragment);
        }
      },
    });
  }
  return found;
}

interface ArgumentField {
  parent: string;
  def: GraphQLField<unknown, unknown>;
  node: FieldNode;
}

/**
 * The fields of an operation (and the fragments it uses) that take arguments, in document order: found once
 * per parsed operation with a TypeInfo walk, as Apollo hands the same parsed document to every request of a
 * query it has seen; each request then checks its own variables against the list.
 */
const argumentFieldsByOperation = new WeakMap<
  GraphQLSchema,
  WeakMap<OperationDefinitionNode, ArgumentField[]>
>();

function argumentFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): ArgumentField[] {
  let bySchema = argumentFieldsByOperation.get(schema);
  if (!bySchema) {
    bySchema = new WeakMap();
    argumentFieldsByOperation.set(schema, bySchema);
  }
  const known = bySchema.get(operation);
  if (known) return known;
  const fields: ArgumentField[] = [];
  for (const definition of reachable(operation, document)) {
    const typeInfo = new TypeInfo(schema);
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const def = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (!def || !parent || def.args.length === 0 || def.name.startsWith('__')) return;
          fields.push({ parent: parent.name, def, node });
        },
      }),
    );
  }
  bySchema.set(operation, fields);
  return fields;
}

/** Throws BAD_USER_INPUT (HTTP 400) for the first argument that breaks a rule. */
export function checkOperationArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Readonly<Record<string, unknown>> | undefined,
): void {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return;
  const variables = coerced.coerced;
  for (const { parent, def, node } of argumentFields(schema, document, operation)) {
    checkField(parent, def, node, variables);
  }
}

export const inputCheckPlugin: ApolloServerPlugin<Context> = {
  requestDidStart: () =>
    Promise.resolve({
      didResolveOperation: ({ schema, document, operation, request }) => {
        if (operation) checkOperationArguments(schema, document, operation, request.variables);
        return Promise.resolve();
      },
    }),
};
