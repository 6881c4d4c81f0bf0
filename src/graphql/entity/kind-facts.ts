import type { RelationType } from '../../graph/relation-types.js';
import type { Config } from '../../config.js';
import type { Loaders } from '../loaders.js';
import { otherEnd, type Direction, type EntityRow, type RelationViewRow } from '../rows.js';
import { relationsOf } from './relations.js';

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

/** The kind-fact relationships of an entity, as seen from it (up to the page-size limit of each kind). */
export async function structuralRelations(
  loaders: Loaders,
  config: Config,
  entity: EntityRow,
): Promise<RelationViewRow[]> {
  const types = structural[entity.kind];
  if (types.length === 0) return [];
  const page = await relationsOf(loaders, entity, {
    direction: 'BOTH',
    types,
    after: null,
    first: config.limits.maxPageSize,
  });
  return page.items;
}

/** The far ends of the relationships of one type and direction, optionally of one kind. */
export function linked(
  views: readonly RelationViewRow[],
  type: RelationType,
  direction: Direction,
  kind?: EntityRow['kind'],
): EntityRow[] {
  return views
    .filter((v) => v.relation.type === type && v.direction === direction)
    .map(otherEnd)
    .filter((other) => kind === undefined || other.kind === kind);
}
