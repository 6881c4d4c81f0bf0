import { badInput } from '../errors.js';
import type { Edge, Page } from './rows.js';

/**
 * Cursors are opaque to clients but simply encode an item's absolute position in the ordered list. That keeps
 * `totalCount` and every sort order cheap to support; clients must not parse them, so the encoding can move to
 * keyset cursors later without an API change.
 */
const PREFIX = 'kg1:';

export function encodeCursor(position: number): string {
  return Buffer.from(`${PREFIX}${position}`, 'utf8').toString('base64url');
}

/**
 * No list here comes near a billion items, and Cypher list indices are 32-bit: a position beyond this was not
 * issued by us, and would fail inside Neo4j rather than as the caller's error.
 */
const MAX_POSITION = 1_000_000_000;

/** The offset at which a page starting after `after` begins; a cursor we did not issue is the caller's error. */
export function offsetAfter(after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const position = decoded.startsWith(PREFIX) ? Number(decoded.slice(PREFIX.length)) : Number.NaN;
  // Only the exact text encodeCursor gives: `kg1:` (0), `kg1:1e3` or `kg1:1.0` decode to numbers too.
  const issued = Number.isSafeInteger(position) && position >= 0 && position <= MAX_POSITION;
  if (!issued || encodeCursor(position) !== after) {
    throw badInput(`"after" is not a cursor returned by this API: ${JSON.stringify(after)}`, {
      argument: 'after',
    });
  }
  return position + 1;
}

export interface PageInfoValue {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export function pageInfo<T>(page: Page<T>): PageInfoValue {
  const last = page.offset + page.items.length - 1;
  return {
    hasNextPage: page.offset + page.items.length < page.totalCount,
    hasPreviousPage: page.offset > 0,
    startCursor: page.items.length > 0 ? encodeCursor(page.offset) : null,
    endCursor: page.items.length > 0 ? encodeCursor(last) : null,
  };
}

export function edges<T>(page: Page<T>): Edge<T>[] {
  return page.items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
}

/** Field resolvers shared by every connection type, whose parent is a `Page`. */
export const connectionFields = {
  totalCount: <T>(page: Page<T>): number => page.totalCount,
  pageInfo,
  edges,
};

/** The request for one page, as the Cypher statements take it (`items[offset..offset + first]`). */
export interface PageArgs {
  offset: number;
  first: number;
}
