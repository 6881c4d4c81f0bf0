import { badInput } from '../../errors.js';
import type { QueryResolvers, Resolvers } from '../generated/resolvers.js';
import { checkPageSize } from '../limits.js';
import { selectsOnlyCards } from '../look-ahead.js';
import { relationTypesParam } from '../relation-types.js';
import { requireEntity } from '../shared.js';
import { findTimeline, TIMELINE_ITEM_KINDS } from './queries.js';

/** Compares partial dates on their common prefix: `2025` is neither before nor after `2025-07`. */
const startsAfter = (from: string, to: string): boolean => {
  const n = Math.min(from.length, to.length);
  return from.slice(0, n) > to.slice(0, n);
};

/** The entities of timeline items, below Query.timeline; read as cards only, the statement ships cards. */
const ITEM_ENTITIES = [['relation', 'subject'], ['relation', 'object'], ['event']] as const;

// Query.timeline → findTimeline → cypher/queries/timeline/entity.cypher (with id) or timeline/all.cypher
const timeline: NonNullable<QueryResolvers['timeline']> = async (
  _,
  { id, from, to, kinds, first },
  ctx,
  info,
) => {
  checkPageSize(ctx.config, first);
  if (from && to && startsAfter(from, to)) {
    throw badInput(`"from" (${from}) is after "to" (${to})`, { argument: 'from' });
  }
  const items = await findTimeline(ctx.db, {
    id: id ?? null,
    from: from ?? null,
    to: to ?? null,
    kinds: kinds?.length ? kinds : TIMELINE_ITEM_KINDS,
    types: relationTypesParam(null),
    first,
    detail: !selectsOnlyCards(info, ITEM_ENTITIES),
  });
  // An unknown id is NOT_FOUND, not an empty timeline. Items prove the entity exists (the statement starts from
  // it), so it is checked only when there are none: a timeline with items is one round trip.
  if (id && items.length === 0) await requireEntity(ctx.loaders, id);
  return items;
};

export const timelineResolvers: Resolvers = {
  Query: { timeline },
  TimelineItem: {
    __resolveType: (item) => {
      switch (item.itemKind) {
        case 'RELATION':
          return 'RelationTimelineItem';
        case 'EVENT':
          return 'EventTimelineItem';
        case 'STATEMENT':
          return 'StatementTimelineItem';
        case 'ARTICLE':
          return 'ArticleTimelineItem';
      }
    },
  },
};
