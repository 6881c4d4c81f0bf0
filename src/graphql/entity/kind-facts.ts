import type { RelationType } from '../../graph/relation-types.js';
import type { Config } from '../../config.js';
import type { Loaders } from '../loaders.js';
import type { EntityRow, RelationRow } from '../rows.js';

/**
 * The relationships that carry kind facts (a person's offices, a route's ends, an agreement's parties...).
 * All the facts of one kind come from one relations load, so asking a route for its origin, destination,
 * stops and operators together costs one statement for every route in the response.
 */
const structural: Record<EntityRow['kind'], readonly RelationType[]> = {
  Person: ['HOLDS_OFFICE'],
  Organisation: [],
  Place: [],
  Route: ['ORIGIN', 'DESTINATION', 'STOPS_AT', 'OPERATES'],
  Agreement: ['PARTY_TO'],
  Event: ['TOOK_PLACE_IN', 'PARTICIPATED_IN'],
};

/** The kind-fact relationships of an entity (up to the page-size limit of each kind). */
export async function structuralRelations(
  loaders: Loaders,
  config: Config,
  entity: EntityRow,
): Promise<RelationRow[]> {
  const types = structural[entity.kind];
  if (types.length === 0) return [];
  const page = await loaders.entityRelations.load({
    id: entity.id,
    direction: 'BOTH',
    types,
    offset: 0,
    first: config.limits.maxPageSize,
  });
  return page.items;
}

/** The far ends of the relationships of one type and direction, optionally of one kind. */
export function linked(
  relations: readonly RelationRow[],
  type: RelationType,
  direction: RelationRow['direction'],
  kind?: EntityRow['kind'],
): EntityRow[] {
  return relations
    .filter(
      (r) => r.type === type && r.direction === direction && (kind === undefined || r.other.kind === kind),
    )
    .map((r) => r.other);
}
