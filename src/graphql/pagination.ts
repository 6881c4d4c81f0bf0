import { badInput } from '../errors.js';
import type { Edge, Page } from './rows.js';

/**
 * Cursors are opaque to clients. Two kinds exist behind them:
 * - keyset cursors (`kg2:`) carry the sort key of an item; the next page is an index seek past that key, as
 *   cheap at the thousandth page as at the first (entity mentions, entity relationships, the entities list);
 * - offset cursors (`kg1:`) carry an item's position in the ordered list, for lists that stay small.
 * A cursor from one kind of list is not accepted by the other.
 */
const OFFSET = 'kg1:';
const KEY = 'kg2:';

const encode = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

const notACursor = (after: string) =>
  badInput(`"after" is not a cursor returned by this API: ${JSON.stringify(after)}`, { argument: 'after' });

/** The text after `prefix` in a cursor we issued, or a BAD_USER_INPUT error. */
function decode(after: string, prefix: string): string {
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  if (!decoded.startsWith(prefix)) throw notACursor(after);
  return decoded.slice(prefix.length);
}

export function encodeCursor(position: number): string {
  return encode(`${OFFSET}${position}`);
}

export function encodeKeyCursor(key: string): string {
  return encode(`${KEY}${key}`);
}

/**
 * No list here comes near a billion items, and Cypher list indices are 32-bit: a position beyond this was not
 * issued by us, and would fail inside Neo4j rather than as the caller's error.
 */
const MAX_POSITION = 1_000_000_000;

/** The offset at which a page starting after `after` begins; a cursor we did not issue is the caller's error. */
export function offsetAfter(after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  const position = Number(decode(after, OFFSET));
  // Only the exact text encodeCursor gives: `kg1:` (0), `kg1:1e3` or `kg1:1.0` decode to numbers too.
  const issued = Number.isSafeInteger(position) && position >= 0 && position <= MAX_POSITION;
  if (!issued || encodeCursor(position) !== after) throw notACursor(after);
  return position + 1;
}

/** The sort key a keyset page starts after (null for the first page). */
export function keyAfter(after: string | null | undefined): string | null {
  if (after === null || after === undefined) return null;
  const key = decode(after, KEY);
  // Base64 decoding skips what it cannot read: only the exact text encodeKeyCursor gives is ours.
  if (key === '' || encodeKeyCursor(key) !== after) throw notACursor(after);
  return key;
}

export interface PageInfoValue {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export function pageInfo<T>(page: Page<T>): PageInfoValue {
  return {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: page.cursors[0] ?? null,
    endCursor: page.cursors[page.cursors.length - 1] ?? null,
  };
}

export function edges<T>(page: Page<T>): Edge<T>[] {
  return page.items.map((node, i) => ({ cursor: page.cursors[i] ?? '', node }));
}

/** Field resolvers shared by every connection type, whose parent is a `Page`. */
export const connectionFields = {
  totalCount: <T>(page: Page<T>): number => page.totalCount,
  pageInfo,
  edges,
};

/** The request for one page of a small list, as its statement takes it (`items[offset..offset + first]`). */
export interface PageArgs {
  offset: number;
  first: number;
}

/** The request for one keyset page: items after the key (all when null), at most `first`. */
export interface KeysetArgs {
  after: string | null;
  first: number;
}

/** A page of a list sliced at an offset. */
export function offsetPage<T>(items: T[], offset: number, totalCount: number): Page<T> {
  return {
    items,
    cursors: items.map((_, i) => encodeCursor(offset + i)),
    totalCount,
    hasNextPage: offset + items.length < totalCount,
    hasPreviousPage: offset > 0,
  };
}

/**
 * A keyset page from up to `first + 1` rows in key order: the extra row only says that more follow. Earlier
 * items exist exactly when the page starts after a key.
 */
export function keysetPage<T>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  args: KeysetArgs,
  totalCount: number,
): Page<T> {
  const items = rows.slice(0, args.first);
  return {
    items,
    cursors: items.map((item) => encodeKeyCursor(keyOf(item))),
    totalCount,
    hasNextPage: rows.length > args.first,
    hasPreviousPage: args.after !== null,
  };
}
