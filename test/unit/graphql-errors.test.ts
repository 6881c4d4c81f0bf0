import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createFormatError } from '../../src/graphql/server.js';
import { createLogger } from '../../src/logger.js';

const logger = createLogger('silent');

describe('formatError', () => {
  const internal = {
    message: 'Neo.ClientError.Statement.SyntaxError: Invalid input at MATCH (e:Entity)',
    path: ['entity'],
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db.ts:1'] },
  };

  it('masks internal errors outside development, keeping the code and path', () => {
    for (const env of ['production', 'test'] as const) {
      const formatted = createFormatError({ env }, logger)(internal, new Error('boom'));
      expect(formatted).toEqual({
        message: 'Internal server error',
        path: ['entity'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    }
  });

  it('masks errors that carry no code at all', () => {
    const formatted = createFormatError({ env: 'production' }, logger)(
      { message: 'secret detail' },
      new Error(),
    );
    expect(formatted.message).toBe('Internal server error');
  });

  it('shows internal errors in development', () => {
    expect(createFormatError({ env: 'development' }, logger)(internal, new Error('boom'))).toBe(internal);
  });

  it('passes errors with an API code through untouched', () => {
    const notFound = { message: 'Entity "x" was not found', extensions: { code: 'NOT_FOUND', id: 'x' } };
    expect(
      createFormatError({ env: 'production' }, logger)(notFound, new GraphQLError(notFound.message)),
    ).toBe(notFound);
  });
});
