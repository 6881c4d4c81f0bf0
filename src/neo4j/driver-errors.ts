import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../errors.js';

/**
 * A write transaction found the graph changed under it: an entity it resolved was merged away, restored by an
 * undo or deleted while it waited for the entity's lock. Nothing was written; running the transaction again
 * sees the change (db.ts does, a few times, before answering CONFLICT).
 */
export class ConcurrentChangeError extends Error {
  override readonly name = 'ConcurrentChangeError';
}

/**
 * Errors a write transaction is run again for, on top of what the driver itself retries (Neo4j's transient
 * errors, deadlocks among them): a concurrent change we detected, and Neo4j's EntityNotFound ("Unable to load
 * NODE …"), which a statement meets when a node it had matched is deleted by a transaction that committed
 * while this one waited for the node's lock.
 */
export function isConcurrentChange(error: unknown): boolean {
  if (error instanceof ConcurrentChangeError) return true;
  return (
    error instanceof Neo4jError &&
    (error.code === 'Neo.ClientError.Statement.EntityNotFound' ||
      /Unable to load (NODE|RELATIONSHIP)/i.test(error.message))
  );
}

/**
 * The one place where driver and server errors become API errors. Anything not recognised is rethrown
 * as is, and Apollo masks it as an internal error outside development.
 */
export function mapDriverError(error: unknown): unknown {
  // For a write, reached only once db.ts ran it again a few times and the graph kept changing under it.
  if (isConcurrentChange(error)) {
    return new AppError(
      'CONFLICT',
      'Entities this request touches were being merged, restored or deleted at the same moment; nothing was written, try again',
    );
  }
  if (error instanceof AppError || !(error instanceof Neo4jError)) return error;
  const { code, message } = error;
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code === 'Neo.TransientError.General.DatabaseUnavailable' ||
    /acquisition timed out|Connection acquisition/i.test(message)
  ) {
    return new AppError('UNAVAILABLE', 'The graph database is unavailable; try again shortly');
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError('CONFLICT', 'The change conflicts with an existing record');
  }
  if (
    code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
  ) {
    return new AppError('LIMIT_EXCEEDED', 'The query took too long; narrow it down');
  }
  // Lucene rejects a fulltext query it cannot parse; the search text is the user's, so it is their error.
  if (
    code === 'Neo.ClientError.Procedure.ProcedureCallFailed' &&
    /ParseException|Cannot parse/i.test(message)
  ) {
    return new AppError('BAD_USER_INPUT', 'The search text could not be understood');
  }
  return error;
}
