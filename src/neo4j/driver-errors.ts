import { BrokenCircuitError, BulkheadRejectedError } from 'cockatiel';
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
 * A statement missed its deadline (NEO4J_QUERY_TIMEOUT_MS) and a `RETURN 1` did not answer either: Neo4j is
 * frozen, overloaded or cut off. Opens the circuit (guard.ts), so the next requests fail fast.
 */
export class UnresponsiveError extends Error {
  override readonly name = 'UnresponsiveError';
}

/**
 * A statement missed its client-side deadline although Neo4j answers a `RETURN 1`: Neo4j did not end it at its
 * own transaction timeout (which a healthy server does, reported as TransactionTimedOut), so it is struggling —
 * compiling plans after a restart, or just thawed. Reported as UNAVAILABLE; the circuit stays closed.
 */
export class QueryDeadlineError extends Error {
  override readonly name = 'QueryDeadlineError';
}

/** No slot for a statement within NEO4J_ACQUISITION_TIMEOUT_MS: the service has as much work as it takes. */
export class BusyError extends Error {
  override readonly name = 'BusyError';
}

/** Neo4j could not be reached: refused, reset, or it says the database is not available. */
export function isConnectivityError(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (error.code === 'ServiceUnavailable' ||
      error.code === 'SessionExpired' ||
      error.code === 'Neo.TransientError.General.DatabaseUnavailable')
  );
}

/** What opens the circuit to Neo4j: it cannot be reached, or it stopped answering. */
export const isOutage = (error: unknown): boolean =>
  isConnectivityError(error) || error instanceof UnresponsiveError;

/**
 * Neo4j refused the work for memory: one transaction over `db.memory.transaction.max`, or all of them over
 * `dbms.memory.transaction.total.max` (the "MemoryPool" one, which Neo4j calls transient), or the JVM itself.
 * Never retried: the same query would need the same memory.
 */
export function isMemoryRefusal(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    /^Neo\.(Transient|Client)Error\.General\.(MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError|OutOfMemoryError)$/.test(
      error.code,
    )
  );
}

/**
 * Failures worth running the statement again for, quickly and a few times (guard.ts): a concurrent change
 * (below), a deadlock or another transient error, a connection that broke. Memory refusals are not.
 */
export function isTransient(error: unknown): boolean {
  if (isConcurrentChange(error)) return true;
  return Neo4jError.isRetryable(error) && !isMemoryRefusal(error);
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
  if (error instanceof AppError) return error;
  // The circuit is open (or testing): Neo4j failed moments ago and is not asked again until it may be back.
  if (error instanceof BrokenCircuitError || error instanceof UnresponsiveError) return unavailable();
  if (error instanceof BusyError || error instanceof BulkheadRejectedError) {
    return new AppError('UNAVAILABLE', 'The service is busy; try again shortly', { reason: 'busy' });
  }
  if (error instanceof QueryDeadlineError) {
    return new AppError('UNAVAILABLE', 'The graph database did not answer in time; try again shortly', {
      reason: 'deadline',
    });
  }
  if (!(error instanceof Neo4jError)) return error;
  const { code, message } = error;
  if (isConnectivityError(error) || /acquisition timed out|Connection acquisition/i.test(message)) {
    return unavailable();
  }
  if (isMemoryRefusal(error)) {
    return new AppError(
      'LIMIT_EXCEEDED',
      'The query needs more memory than the database allows one request; ask for smaller pages or fewer nested lists',
      { limit: 'memory' },
    );
  }
  // A transient failure that outlasted guard.ts's quick retries (a deadlock every time, a connection that kept
  // breaking): nothing wrong with the request, so not an internal error; trying again later may well work.
  if (Neo4jError.isRetryable(error)) {
    return new AppError(
      'UNAVAILABLE',
      'The graph database could not complete the request; try again shortly',
      {
        reason: 'transient',
      },
    );
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError('CONFLICT', 'The change conflicts with an existing record');
  }
  if (
    code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
  ) {
    return tooSlow();
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

const unavailable = (): AppError =>
  new AppError('UNAVAILABLE', 'The graph database is unavailable; try again shortly');

const tooSlow = (): AppError =>
  new AppError('LIMIT_EXCEEDED', 'The query took too long; narrow it down', { limit: 'time' });
