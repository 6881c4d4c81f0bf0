import type { Loaders } from '../loaders.js';
import type { KeysetArgs } from '../pagination.js';
import { seenFrom, type EntityRow, type RelationPage } from '../rows.js';
import type { RelationFilter } from './queries.js';

/**
 * A page of an entity's relationships as seen from it. The statement returns each with its far end only; the
 * near end is the entity the caller already holds, so it is not read and shipped again for every item.
 */
export async function relationsOf(
  loaders: Loaders,
  entity: EntityRow,
  args: RelationFilter & KeysetArgs,
): Promise<RelationPage> {
  const page = await loaders.entityRelations.load({ id: entity.id, ...args });
  return { ...page, items: page.items.map((item) => seenFrom(entity, item)) };
}
