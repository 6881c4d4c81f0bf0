import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../errors.js';

/**
 * The one place where driver and server errors become API errors. Anything not recognised is rethrown
 * as is, and Apollo masks it as an internal error outside development.
 */
export function mapDriverError(error: unknown): unknown {
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
