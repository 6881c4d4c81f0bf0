import { OperationTypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cacheControlHeader, dependsOnKey } from '../../src/graphql/cache-control.js';

const read = {
  operation: OperationTypeNode.QUERY,
  policy: { maxAge: 60, scope: 'PUBLIC' as const },
  hasErrors: false,
  keyed: false,
};

describe('cacheControlHeader', () => {
  it('lets anyone cache an anonymous read for its max-age', () => {
    expect(cacheControlHeader(read)).toBe('max-age=60, public');
  });

  it('keeps a read private when it depends on the key or a field says so', () => {
    expect(cacheControlHeader({ ...read, keyed: true })).toBe('max-age=60, private');
    expect(cacheControlHeader({ ...read, policy: { maxAge: 30, scope: 'PRIVATE' } })).toBe(
      'max-age=30, private',
    );
  });

  it('never stores writes, subscriptions, errors, unknown operations or uncacheable answers', () => {
    for (const operation of [OperationTypeNode.MUTATION, OperationTypeNode.SUBSCRIPTION, undefined]) {
      expect(cacheControlHeader({ ...read, operation })).toBe('no-store');
    }
    expect(cacheControlHeader({ ...read, hasErrors: true })).toBe('no-store');
    expect(cacheControlHeader({ ...read, policy: null })).toBe('no-store');
    expect(cacheControlHeader({ ...read, policy: { maxAge: 0, scope: 'PUBLIC' } })).toBe('no-store');
  });
});

describe('dependsOnKey', () => {
  const auth = (readsRequireAuth: boolean) => ({ auth: { keys: [], readsRequireAuth } });
  it('is true for keyed callers, and for everyone when reads need a key', () => {
    expect(dependsOnKey(auth(false), 'anonymous')).toBe(false);
    expect(dependsOnKey(auth(false), 'reader')).toBe(true);
    expect(dependsOnKey(auth(true), 'anonymous')).toBe(true);
  });
});
