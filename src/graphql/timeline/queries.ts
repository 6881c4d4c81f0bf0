import { z } from 'zod';
import type { RelationType } from '../../graph/relation-types.js';
import { cypher } from '../../neo4j/catalogue.js';
import type { Db } from '../../neo4j/db.js';
import type { TimelineItemKind } from '../generated/resolvers.js';
import { int } from '../params.js';
import {
  articleRow,
  entityRow,
  precisionOf,
  relationRow,
  statementRow,
  toPartialDate,
  type TimelineItemRow,
} from '../rows.js';

const entityTimelineQuery = cypher('timeline/entity');
const allTimelineQuery = cypher('timeline/all');

export const TIMELINE_ITEM_KINDS: readonly TimelineItemKind[] = ['RELATION', 'EVENT', 'STATEMENT', 'ARTICLE'];

export interface TimelineArgs {
  /** Null for the whole graph. */
  id: string | null;
  from: string | null;
  to: string | null;
  kinds: readonly TimelineItemKind[];
  types: readonly RelationType[];
  first: number;
  /**
   * Whether the request reads more of the entities in its items (a relationship's subject and object, an event)
   * than id, kind and name: otherwise they come back as cards.
   */
  detail: boolean;
}

const base = {
  date: z.unknown().optional().transform(toPartialDate),
  precision: z.string().nullish(),
  summary: z.string(),
};

const timelineRow = z.discriminatedUnion('itemKind', [
  z.object({ itemKind: z.literal('RELATION'), ...base, relation: relationRow }),
  z.object({ itemKind: z.literal('EVENT'), ...base, event: entityRow }),
  z.object({ itemKind: z.literal('STATEMENT'), ...base, statement: statementRow }),
  z.object({ itemKind: z.literal('ARTICLE'), ...base, article: articleRow }),
]);

/** Dated items in date order, for one entity (timeline/entity) or the whole graph (timeline/all). */
export async function findTimeline(db: Db, args: TimelineArgs): Promise<TimelineItemRow[]> {
  const { id, first, ...rest } = args;
  const params = { ...rest, first: int(first) };
  const rows =
    id === null
      ? await db.read(allTimelineQuery, params)
      : await db.read(entityTimelineQuery, { id, ...params });
  return rows.flatMap((raw) => {
    const row = timelineRow.parse(raw);
    if (row.date === null) return [];
    const precision =
      row.precision === 'year' || row.precision === 'month' || row.precision === 'day'
        ? row.precision
        : precisionOf(row.date);
    return [{ ...row, date: row.date, precision }];
  });
}
