import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createFormatError } from '../../src/graphql/server.js';

describe('formatError', () => {
  const internal = {
    message: 'Neo.ClientError.Statement.SyntaxError: Invalid input at MATCH (e:Entity)',
    path: ['entity'],
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db.ts:1'] },
  };

  it('masks internal errors outside development, keeping the code and path', () => {
    for (const env of ['production', 'test'] as const) {
      const formatted = createFormatError({ env })(internal, new Error('boom'));
      expect(formatted).toEqual({
        message: 'Internal server error',
        path: ['entity'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    }
  });

  it('masks errors that carry no code at all', () => {
    const formatted = createFormatError({ env: 'production' })({ message: 'secret detail' }, new Error());
    expect(formatted.message).toBe('Internal server error');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('shows internal errors with their stack in development', () => {
    const original = new Error('boom');
    const formatted = createFormatError({ env: 'development' })(internal, original);
    expect(formatted.message).toBe(internal.message);
    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(formatted.extensions?.stacktrace).toEqual(original.stack?.split('\n'));
  });

  it('passes errors with an API code through untouched, in every mode', () => {
    const notFound = { message: 'Entity "x" was not found', extensions: { code: 'NOT_FOUND', id: 'x' } };
    for (const env of ['production', 'test', 'development'] as const) {
      expect(createFormatError({ env })(notFound, new GraphQLError(notFound.message))).toBe(notFound);
    }
  });
});
