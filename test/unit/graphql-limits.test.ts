import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { AppError } from '../../src/errors.js';
import { checkDepth, checkHops, checkPageSize } from '../../src/graphql/limits.js';
import {
  edges,
  encodeCursor,
  encodeKeyCursor,
  keyAfter,
  keysetPage,
  offsetAfter,
  offsetPage,
  pageInfo,
} from '../../src/graphql/pagination.js';
import { relationTypesParam } from '../../src/graphql/relation-types.js';
import { RELATION_TYPES } from '../../src/graph/relation-types.js';

const config = loadConfig({ MAX_PAGE_SIZE: '50', MAX_PATH_HOPS: '4' });

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
  return undefined;
}

describe('limits', () => {
  it('accepts values up to the configured limits', () => {
    expect(checkPageSize(config, 50)).toBe(50);
    expect(checkHops(config, 4)).toBe(4);
    expect(checkDepth(3)).toBe(3);
  });

  it('fails with LIMIT_EXCEEDED above them, naming the argument and the limit', () => {
    expect(codeOf(() => checkPageSize(config, 51))).toBe('LIMIT_EXCEEDED');
    expect(codeOf(() => checkHops(config, 5))).toBe('LIMIT_EXCEEDED');
    expect(codeOf(() => checkDepth(4))).toBe('LIMIT_EXCEEDED');
    expect(() => checkPageSize(config, 51, 'limit')).toThrow('"limit" must be at most 50 (got 51)');
  });
});

describe('cursors', () => {
  it('round-trip: the page after a cursor starts at the next item', () => {
    expect(offsetAfter(encodeCursor(0))).toBe(1);
    expect(offsetAfter(encodeCursor(41))).toBe(42);
    expect(offsetAfter(null)).toBe(0);
    expect(offsetAfter(undefined)).toBe(0);
  });

  it.each([
    'garbage',
    '',
    encodeCursor(-1).slice(0, 3),
    Buffer.from('kg1:-1').toString('base64url'),
    Buffer.from('kg1:1.5').toString('base64url'),
    // Decode to positions, but encodeCursor never gives these texts; the first is past Cypher's 32-bit indices.
    Buffer.from('kg1:9007199254740990').toString('base64url'),
    Buffer.from('kg1:').toString('base64url'),
    Buffer.from('kg1:1e3').toString('base64url'),
    Buffer.from('kg1:07').toString('base64'),
  ])('rejects %j with BAD_USER_INPUT', (cursor) => {
    expect(codeOf(() => offsetAfter(cursor))).toBe('BAD_USER_INPUT');
  });

  it('carry a sort key for keyset pages, and each kind is refused by the other', () => {
    expect(keyAfter(encodeKeyCursor('0 79749272 article/1 0000000012'))).toBe(
      '0 79749272 article/1 0000000012',
    );
    expect(keyAfter(null)).toBeNull();
    expect(codeOf(() => keyAfter(encodeCursor(3)))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => offsetAfter(encodeKeyCursor('k')))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => keyAfter(Buffer.from('kg2:').toString('base64url')))).toBe('BAD_USER_INPUT');
  });

  it('make a keyset page from one row more than asked: the extra row only says more follow', () => {
    const rows = [{ k: 'a' }, { k: 'b' }, { k: 'c' }];
    const page = keysetPage(rows, (r) => r.k, { after: null, first: 2 }, 7);
    expect(page.items).toEqual([{ k: 'a' }, { k: 'b' }]);
    expect(pageInfo(page)).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeKeyCursor('a'),
      endCursor: encodeKeyCursor('b'),
    });
    const last = keysetPage(rows.slice(2), (r) => r.k, { after: 'b', first: 2 }, 7);
    expect([last.hasNextPage, last.hasPreviousPage, last.totalCount]).toEqual([false, true, 7]);
  });

  it('builds page info and edges from a page', () => {
    const page = offsetPage(['c', 'd'], 2, 5);
    expect(pageInfo(page)).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(2),
      endCursor: encodeCursor(3),
    });
    expect(edges(page).map((e) => [offsetAfter(e.cursor), e.node])).toEqual([
      [3, 'c'],
      [4, 'd'],
    ]);
    expect(pageInfo(offsetPage([], 0, 0))).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});

describe('relationTypesParam', () => {
  it('means every allow-listed type when omitted or empty', () => {
    expect(relationTypesParam(null)).toEqual([...RELATION_TYPES]);
    expect(relationTypesParam([])).toEqual([...RELATION_TYPES]);
  });

  it('passes allow-listed types and rejects anything else', () => {
    expect(relationTypesParam(['MET', 'MET', 'VISITED'])).toEqual(['MET', 'VISITED']);
    expect(codeOf(() => relationTypesParam(['MENTIONED_IN']))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => relationTypesParam(['MET]->() DETACH DELETE (n']))).toBe('BAD_USER_INPUT');
  });
});
