import {
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isCompositeType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLDirective,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The cache policy of an operation, read from the document and the schema's `@cacheControl` hints before it
 * runs, with the rules of Apollo's cache-control plugin: a field takes its return type's hint, then its own
 * (or inherits its parent's maxAge with `inheritMaxAge`); a root field, or one returning an object, without a
 * maxAge gets the default; the answer's policy is the most restrictive of every field's.
 *
 * Why not Apollo's plugin: it computes the same thing at run time, one field at a time, through a listener
 * on every resolved field (a 200-node neighbourhood resolves some 5,000), about 5 % of the service's CPU for
 * such a read. The hints here are static (no resolver sets a dynamic one), so the walk over the selection
 * is the same answer; it counts every field selected, resolved or not (under a null parent, in an empty
 * list, in a fragment on a type that did not come back), so it may be stricter than Apollo's, never looser.
 */

export interface CacheHint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
  inheritMaxAge?: boolean;
}

/** An operation's policy: the smallest maxAge selected (undefined when nothing set one) and its scope. */
export interface CachePolicyHint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

interface Accumulator {
  maxAge: number | undefined;
  scope: 'PUBLIC' | 'PRIVATE' | undefined;
}

function restrict(acc: Accumulator, hint: CachePolicyHint): void {
  if (hint.maxAge !== undefined && (acc.maxAge === undefined || hint.maxAge < acc.maxAge))
    acc.maxAge = hint.maxAge;
  if (hint.scope !== undefined && acc.scope !== 'PRIVATE') acc.scope = hint.scope;
}

/** Reads one `@cacheControl` from a type or field definition (and a type's extensions), as Apollo does. */
function hintOf(
  directive: GraphQLDirective,
  nodes: readonly ({ directives?: readonly unknown[] } | null | undefined)[],
): CacheHint {
  for (const node of nodes) {
    if (!node) continue;
    const values = getDirectiveValues(directive, node as Parameters<typeof getDirectiveValues>[1]);
    if (!values) continue;
    const hint: CacheHint = {};
    if (typeof values.maxAge === 'number') hint.maxAge = values.maxAge;
    if (values.scope === 'PUBLIC' || values.scope === 'PRIVATE') hint.scope = values.scope;
    if (values.inheritMaxAge === true) hint.inheritMaxAge = true;
    return hint;
  }
  return {};
}

/**
 * Computes operations' policies for one schema; results are kept per parsed document (Apollo hands the same
 * DocumentNode to every request of a query it has seen, so a repeated query costs a map lookup).
 */
export function cachePolicyCalculator(
  schema: GraphQLSchema,
  defaultMaxAge: number,
): (document: DocumentNode, operation: OperationDefinitionNode) => CachePolicyHint {
  const directive = schema.getDirective('cacheControl');
  const typeHints = new Map<GraphQLNamedType, CacheHint>();
  const fieldHints = new Map<GraphQLField<unknown, unknown>, CacheHint>();
  const typeHint = (type: GraphQLNamedType): CacheHint => {
    let hint = typeHints.get(type);
    if (!hint) {
      hint = directive ? hintOf(directive, [type.astNode, ...type.extensionASTNodes]) : {};
      typeHints.set(type, hint);
    }
    return hint;
  };
  const fieldHint = (field: GraphQLField<unknown, unknown>): CacheHint => {
    let hint = fieldHints.get(field);
    if (!hint) {
      hint = directive ? hintOf(directive, [field.astNode]) : {};
      fieldHints.set(field, hint);
    }
    return hint;
  };

  /** One field's policy, as Apollo's plugin computes it when the field resolves on `parent`. */
  const fieldPolicy = (field: GraphQLField<unknown, unknown>, root: boolean): CachePolicyHint => {
    const policy: CacheHint = {};
    let inherit = false;
    const target = getNamedType(field.type);
    if (isCompositeType(target)) {
      const own = typeHint(target);
      Object.assign(policy, withoutInherit(own));
      inherit = own.inheritMaxAge === true;
    }
    const hint = fieldHint(field);
    if (hint.inheritMaxAge === true && policy.maxAge === undefined) {
      inherit = true;
      if (hint.scope !== undefined) policy.scope = hint.scope;
    } else {
      if (hint.maxAge !== undefined) policy.maxAge = hint.maxAge;
      if (hint.scope !== undefined) policy.scope = hint.scope;
    }
    if (policy.maxAge === undefined && ((isCompositeType(target) && !inherit) || root)) {
      policy.maxAge = defaultMaxAge;
    }
    return policy;
  };

  const cache = new WeakMap<DocumentNode, Map<OperationDefinitionNode, CachePolicyHint>>();

  return (document, operation) => {
    let perOperation = cache.get(document);
    const known = perOperation?.get(operation);
    if (known) return known;
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const acc: Accumulator = { maxAge: undefined, scope: undefined };
    const walked = new Set<string>();
    const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, root: boolean): void => {
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const name = selection.name.value;
          // `__typename`, `__schema` and `__type` are graphql-js's own fields: Apollo's listener never sees
          // them, so they set nothing (an introspection query alone is not cacheable, as with Apollo).
          if (name.startsWith('__')) continue;
          // A field selected on an interface resolves on one of its object types, whose own definition of
          // the field may carry another hint: take all of them.
          const owners = isAbstractType(parent) ? schema.getPossibleTypes(parent) : [parent];
          for (const owner of owners) {
            const field = owner.getFields()[name];
            if (field) restrict(acc, fieldPolicy(field, root));
          }
          const declared = 'getFields' in parent ? parent.getFields()[name] : undefined;
          const next = declared && getNamedType(declared.type);
          if (selection.selectionSet && next && isCompositeType(next))
            walk(selection.selectionSet, next, false);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
          if (type && isCompositeType(type)) walk(selection.selectionSet, type, root);
        } else {
          // A fragment's fields depend only on its type condition: walking it once per level is enough (and
          // a document spreading one fragment many times costs its size, not a product of spreads).
          const key = `${selection.name.value}${root ? '@root' : ''}`;
          if (walked.has(key)) continue;
          walked.add(key);
          const fragment = fragments.get(selection.name.value);
          const type = fragment && schema.getType(fragment.typeCondition.name.value);
          if (fragment && type && isCompositeType(type)) walk(fragment.selectionSet, type, root);
        }
      }
    };
    const rootType = schema.getRootType(operation.operation);
    if (rootType) walk(operation.selectionSet, rootType, true);
    const result: CachePolicyHint = {};
    if (acc.maxAge !== undefined) result.maxAge = acc.maxAge;
    if (acc.scope !== undefined) result.scope = acc.scope;
    if (!perOperation) {
      perOperation = new Map();
      cache.set(document, perOperation);
    }
    perOperation.set(operation, result);
    return result;
  };
}

function withoutInherit(hint: CacheHint): CachePolicyHint {
  const out: CachePolicyHint = {};
  if (hint.maxAge !== undefined) out.maxAge = hint.maxAge;
  if (hint.scope !== undefined) out.scope = hint.scope;
  return out;
}
