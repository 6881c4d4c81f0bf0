import neo4j, { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { cypher, QueryCatalogue } from '../../src/neo4j/catalogue.js';
import { Db } from '../../src/neo4j/db.js';
import {
  ConcurrentChangeError,
  isConcurrentChange,
  isTransient,
  mapDriverError,
} from '../../src/neo4j/driver-errors.js';

const codeOf = (error: unknown): string | undefined => (error instanceof AppError ? error.code : undefined);

describe('driver errors become API errors in one place', () => {
  it.each([
    ['ServiceUnavailable', 'UNAVAILABLE'],
    ['SessionExpired', 'UNAVAILABLE'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONFLICT'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'LIMIT_EXCEEDED'],
  ])('%s → %s', (code, expected) => {
    expect(codeOf(mapDriverError(new Neo4jError('boom', code, 'N/A', 'N/A')))).toBe(expected);
  });

  it('runs a write again when an entity it waited for was deleted meanwhile, then answers CONFLICT', () => {
    const gone = new Neo4jError(
      'Unable to load NODE 4:0e1f:123.',
      'Neo.ClientError.Statement.EntityNotFound',
      'N/A',
      'N/A',
    );
    const changed = new ConcurrentChangeError('merged meanwhile');
    expect(isConcurrentChange(gone)).toBe(true);
    expect(isConcurrentChange(changed)).toBe(true);
    expect(
      isConcurrentChange(new Neo4jError('x', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'N/A')),
    ).toBe(false);
    // What is left once db.ts has run it again WRITE_ATTEMPTS times: a clear code, not an internal error.
    for (const error of [gone, changed]) {
      const mapped = mapDriverError(error);
      expect(codeOf(mapped)).toBe('CONFLICT');
      expect((mapped as AppError).message).not.toMatch(/NODE|4:0e1f/);
    }
  });

  it('maps a Lucene parse failure to a user error and leaves other errors alone', () => {
    const lucene = new Neo4jError(
      'Failed to invoke procedure: Caused by: org.apache.lucene.queryparser.classic.ParseException: Cannot parse',
      'Neo.ClientError.Procedure.ProcedureCallFailed',
      'N/A',
      'N/A',
    );
    expect(codeOf(mapDriverError(lucene))).toBe('BAD_USER_INPUT');
    const other = new Neo4jError('syntax', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'N/A');
    expect(mapDriverError(other)).toBe(other);
    const plain = new Error('not a driver error');
    expect(mapDriverError(plain)).toBe(plain);
  });

  it('answers a transient failure that outlasted the retries UNAVAILABLE, and a memory refusal LIMIT_EXCEEDED', () => {
    const deadlock = new Neo4jError(
      'deadlock',
      'Neo.TransientError.Transaction.DeadlockDetected',
      'N/A',
      'N/A',
    );
    expect(mapDriverError(deadlock)).toMatchObject({
      code: 'UNAVAILABLE',
      extensions: { reason: 'transient' },
    });
    for (const code of [
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      'Neo.TransientError.General.TransactionOutOfMemoryError',
    ]) {
      const refusal = new Neo4jError('memory', code, 'N/A', 'N/A');
      expect(isTransient(refusal)).toBe(false);
      expect(mapDriverError(refusal)).toMatchObject({
        code: 'LIMIT_EXCEEDED',
        extensions: { limit: 'memory' },
      });
    }
  });

  it('answers UNAVAILABLE when no Neo4j listens (a real driver, a closed port)', async () => {
    const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'x'), {
      maxTransactionRetryTime: 200,
      connectionTimeout: 1_000,
      logging: { level: 'error', logger: () => undefined },
    });
    const ref = cypher('test/unreachable');
    const db = new Db(driver, new QueryCatalogue(new Map([[ref.name, 'RETURN 1']])), {
      database: 'neo4j',
      queryTimeoutMs: 1_000,
    });
    try {
      await expect(db.read(ref)).rejects.toSatisfy((e) => codeOf(e) === 'UNAVAILABLE');
      expect(await db.ping()).toBe(false);
    } finally {
      await driver.close();
    }
  });
});
