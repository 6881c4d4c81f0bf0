import { OperationTypeNode, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  EDITOR_ONLY_QUERY_FIELDS,
  KeyRing,
  authenticateHeaders,
  keyIdOf,
  authorise,
  presentedKey,
  rootFieldNames,
  type AccessPolicy,
} from '../../src/graphql/auth.js';
import { AppError } from '../../src/errors.js';

const READER = 'reader-key-0123456789abcdef';
const EDITOR = 'editor-key-0123456789abcdef';
const ring = new KeyRing([
  { role: 'reader', key: READER },
  { role: 'editor', key: EDITOR },
]);

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('presentedKey', () => {
  it('reads no key as anonymous, empty headers included', () => {
    expect(presentedKey({})).toEqual({ kind: 'none' });
    expect(presentedKey({ 'x-api-key': '  ', authorization: '' })).toEqual({ kind: 'none' });
  });

  it('reads the key from x-api-key or Authorization: Bearer (any case, surrounding space ignored)', () => {
    expect(presentedKey({ 'x-api-key': ` ${READER} ` })).toEqual({ kind: 'key', key: READER });
    expect(presentedKey({ authorization: `Bearer ${READER}` })).toEqual({ kind: 'key', key: READER });
    expect(presentedKey({ authorization: `bearer   ${READER}  ` })).toEqual({ kind: 'key', key: READER });
    expect(presentedKey({ 'x-api-key': READER, authorization: `Bearer ${READER}` })).toEqual({
      kind: 'key',
      key: READER,
    });
  });

  it('refuses credentials it cannot use, saying why without repeating them', () => {
    for (const headers of [
      { authorization: `Basic ${READER}` },
      { authorization: 'Bearer' },
      { authorization: `Bearer ${READER} extra` },
      { 'x-api-key': READER, authorization: `Bearer ${EDITOR}` },
      { 'x-api-key': [READER, EDITOR] },
    ]) {
      const presented = presentedKey(headers);
      expect(presented.kind, JSON.stringify(headers)).toBe('invalid');
      expect(JSON.stringify(presented)).not.toContain(READER);
    }
  });
});

describe('KeyRing', () => {
  it('gives each configured key its role and nothing else a role', () => {
    expect(ring.roleOf(READER)).toBe('reader');
    expect(ring.roleOf(EDITOR)).toBe('editor');
    for (const key of ['', READER.slice(0, -1), `${READER}0`, READER.toUpperCase(), 'editor']) {
      expect(ring.roleOf(key), key).toBeNull();
    }
    expect(new KeyRing([]).roleOf(READER)).toBeNull();
  });

  it('gives a key configured for both roles the stronger one', () => {
    const both = new KeyRing([
      { role: 'editor', key: EDITOR },
      { role: 'reader', key: EDITOR },
    ]);
    expect(both.roleOf(EDITOR)).toBe('editor');
  });

  it('keeps digests only, never the keys', () => {
    expect(JSON.stringify(ring)).not.toContain(READER);
  });
});

describe('authenticateHeaders', () => {
  it('maps headers to a role', () => {
    expect(authenticateHeaders(ring, {})).toEqual({ role: 'anonymous' });
    expect(authenticateHeaders(ring, { 'x-api-key': READER })).toEqual({
      role: 'reader',
      keyId: keyIdOf(READER),
    });
    expect(authenticateHeaders(ring, { authorization: `Bearer ${EDITOR}` })).toEqual({
      role: 'editor',
      keyId: keyIdOf(EDITOR),
    });
    // The id names the key in logs without revealing it: 8 hex digits of its SHA-256.
    expect(keyIdOf(READER)).toMatch(/^[0-9a-f]{8}$/);
    expect(keyIdOf(READER)).not.toBe(keyIdOf(EDITOR));
    expect(READER).not.toContain(keyIdOf(READER));
  });

  it('answers an unknown or unusable key with UNAUTHENTICATED and HTTP 401, never echoing it', () => {
    for (const headers of [
      { 'x-api-key': 'wrong-key-0123456789abcdef' },
      { authorization: 'Token wrong-key-0123456789abcdef' },
    ]) {
      const error = thrown(() => authenticateHeaders(ring, headers));
      expect(error.code).toBe('UNAUTHENTICATED');
      expect(error.extensions.http).toEqual({ status: 401 });
      expect(JSON.stringify({ message: error.message, extensions: error.extensions })).not.toContain(
        'wrong-key',
      );
    }
  });
});

describe('authorise', () => {
  const open: AccessPolicy = { readsRequireAuth: false, editorOnlyQueryFields: EDITOR_ONLY_QUERY_FIELDS };
  const closed: AccessPolicy = { ...open, readsRequireAuth: true };
  const read = new Set(['entity']);
  const Q = OperationTypeNode.QUERY;
  const M = OperationTypeNode.MUTATION;

  it('lets everyone read unless reads require a key', () => {
    for (const role of ['anonymous', 'reader', 'editor'] as const)
      expect(() => {
        authorise(role, Q, read, open);
      }).not.toThrow();
    expect(
      thrown(() => {
        authorise('anonymous', Q, read, closed);
      }).code,
    ).toBe('UNAUTHENTICATED');
    expect(() => {
      authorise('reader', Q, read, closed);
    }).not.toThrow();
  });

  it('treats subscriptions as reads', () => {
    const S = OperationTypeNode.SUBSCRIPTION;
    const live = new Set(['articleIngested']);
    expect(() => {
      authorise('anonymous', S, live, open);
    }).not.toThrow();
    expect(
      thrown(() => {
        authorise('anonymous', S, live, closed);
      }).code,
    ).toBe('UNAUTHENTICATED');
    expect(() => {
      authorise('reader', S, live, closed);
    }).not.toThrow();
  });

  it('keeps writes and editor-only reads to editors: 401 anonymous, 403 reader', () => {
    for (const [operation, fields] of [
      [M, new Set(['addAlias'])],
      [Q, new Set(['entity', 'candidates'])],
    ] as const) {
      const anonymous = thrown(() => {
        authorise('anonymous', operation, fields, open);
      });
      expect(anonymous.code).toBe('UNAUTHENTICATED');
      expect(anonymous.extensions.http).toEqual({ status: 401 });
      const reader = thrown(() => {
        authorise('reader', operation, fields, open);
      });
      expect(reader.code).toBe('FORBIDDEN');
      expect(reader.extensions.http).toEqual({ status: 403 });
      expect(() => {
        authorise('editor', operation, fields, open);
      }).not.toThrow();
    }
  });
});

describe('rootFieldNames', () => {
  it('finds root fields through fragments and inline fragments', () => {
    const document = parse(`
      query Q { entity(id: "x") { id } ...More ... on Query { search(text: "y") { score } } }
      fragment More on Query { c: candidates { totalCount } ...More }
    `);
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect([...rootFieldNames(operation, document)].sort()).toEqual(['candidates', 'entity', 'search']);
  });
});
