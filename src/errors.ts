import { GraphQLError } from 'graphql';

/** The stable error codes clients may rely on (they appear as `extensions.code`). */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'UNAVAILABLE'
  | 'LIMIT_EXCEEDED'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR';

const httpStatus: Record<ErrorCode, number> = {
  NOT_FOUND: 200,
  BAD_USER_INPUT: 200,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  UNAVAILABLE: 503,
  LIMIT_EXCEEDED: 200,
  CONFLICT: 200,
  INTERNAL_SERVER_ERROR: 500,
};

/** A user-facing error: the message is safe to show, the code is part of the API contract. */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    // Auth and availability failures make the whole response fail, so they carry an HTTP status.
    const status = httpStatus[code];
    super(message, {
      extensions: { code, ...details, ...(status === 200 ? {} : { http: { status } }) },
    });
    this.code = code;
  }
}

export const notFound = (what: string, id: string): AppError =>
  new AppError('NOT_FOUND', `${what} "${id}" was not found`, { id });

export const badInput = (message: string, details?: Record<string, unknown>): AppError =>
  new AppError('BAD_USER_INPUT', message, details);
