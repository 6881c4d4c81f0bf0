import { getArgumentValues, type FieldNode, type GraphQLField, type GraphQLResolveInfo } from 'graphql';
import type { Config } from '../../config.js';
import type { RelationDirectionFilter, RelationType } from '../generated/resolvers.js';
import { checkPageSize } from '../limits.js';
import { fieldsNamed, selects } from '../look-ahead.js';
import { keyAfter, type KeysetArgs } from '../pagination.js';
import { relationTypesParam } from '../relation-types.js';
import type { EntityPageRequest, RelationFilter } from './queries.js';

/** Entity.mentions arguments as its loader takes them; a bad cursor or page size throws the API error. */
export function mentionPageArgs(
  config: Config,
  args: { first: number; after?: string | null | undefined },
): KeysetArgs {
  return { after: keyAfter(args.after), first: checkPageSize(config, args.first) };
}

/** Entity.relations arguments as its loader takes them; bad values throw the API error. */
export function relationPageArgs(
  config: Config,
  args: {
    direction: RelationDirectionFilter;
    types?: readonly RelationType[] | null | undefined;
    first: number;
    after?: string | null | undefined;
  },
): RelationFilter & KeysetArgs {
  return {
    direction: args.direction,
    types: relationTypesParam(args.types),
    after: keyAfter(args.after),
    first: checkPageSize(config, args.first),
  };
}

function argumentsOf(info: GraphQLResolveInfo, name: string, node: FieldNode): Record<string, unknown> {
  const entity = info.schema.getType('Entity');
  const definition =
    entity && 'getFields' in entity
      ? (entity.getFields() as Record<string, GraphQLField<unknown, unknown> | undefined>)[name]
      : undefined;
  return definition ? getArgumentValues(definition, node, info.variableValues) : {};
}

/** Runs `make`, or gives null when the arguments are bad: the field resolver then reports the error. */
function orNull<T>(make: () => T): T | null {
  try {
    return make();
  } catch {
    return null;
  }
}

/**
 * Look-ahead for Query.entity: which pages the selection asks of the entity (the first `mentions` and
 * `relations` selected, with their arguments and whether the relationships' evidence is wanted), so one
 * statement can fetch the entity page the way the loaders would, and prime them.
 */
export function entityPageRequest(config: Config, info: GraphQLResolveInfo): EntityPageRequest {
  const [root] = info.fieldNodes;
  if (!root) return { mentions: null, relations: null };
  const [mentions] = fieldsNamed(info, root.selectionSet, 'mentions');
  const [relations] = fieldsNamed(info, root.selectionSet, 'relations');
  return {
    mentions: mentions
      ? orNull(() =>
          mentionPageArgs(
            config,
            argumentsOf(info, 'mentions', mentions) as Parameters<typeof mentionPageArgs>[1],
          ),
        )
      : null,
    relations: relations
      ? orNull(() => ({
          ...relationPageArgs(
            config,
            argumentsOf(info, 'relations', relations) as Parameters<typeof relationPageArgs>[1],
          ),
          evidence: selects(info, relations, ['edges', 'node', ['evidence', 'corroboration']]),
        }))
      : null,
  };
}
