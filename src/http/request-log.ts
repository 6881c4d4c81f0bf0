import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger.js';
import { recordOf } from './request-record.js';

/** The header a request id travels in, both ways. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * A caller's id is kept when it is a plausible id: 1 to 128 letters, digits and `-_.:~+=/@`, which covers
 * UUIDs, ULIDs, base64 and W3C trace ids. Anything else (a repeated header, spaces, control characters, a
 * novel) is replaced, so the id can be echoed and logged without care.
 */
const SANE_REQUEST_ID = /^[\w.:~+=/@-]{1,128}$/;

/** The caller's request id if it is sane, else a new one. */
export function requestIdFor(sent: string | string[] | undefined): string {
  return typeof sent === 'string' && SANE_REQUEST_ID.test(sent) ? sent : randomUUID();
}

/** The id requestLogging gave a request. */
export function requestIdOf(req: Pick<Request, 'id'>): string {
  return typeof req.id === 'string' ? req.id : '';
}

/** The GraphQL operation a request names, from a POST body or a GET query string; undefined if none. */
export function requestedOperationName(req: Pick<Request, 'body' | 'query'>): string | undefined {
  const body: unknown = req.body;
  const fromBody =
    typeof body === 'object' && body !== null && 'operationName' in body ? body.operationName : undefined;
  const name = fromBody ?? req.query.operationName;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

function summary(req: Request, res: Response, durationMs: number): Record<string, unknown> {
  const record = recordOf(res);
  const operationName = record.operation ?? requestedOperationName(req);
  // GraphQL says how it ended; other routes by their status.
  const outcome = record.outcome ?? (res.statusCode < 400 ? 'ok' : 'error');
  return {
    method: req.method,
    // The path only: a GET's query string holds whole GraphQL documents and variables.
    path: req.originalUrl.split('?', 1)[0],
    status: res.statusCode,
    durationMs,
    outcome,
    ...(operationName ? { operationName } : {}),
    ...(record.operationType ? { operationType: record.operationType } : {}),
    ...(record.errorCodes.length > 0 ? { errorCodes: record.errorCodes } : {}),
    ...(record.client ? { client: record.client } : {}),
  };
}

/**
 * Mount first: gives every request an id (the caller's `x-request-id` if sane, else a UUID), echoes it in the
 * response's `x-request-id` whatever the route, puts a child logger carrying it on `req.log`, and writes one
 * JSON line per request when the response is done: request id, method, path, status, duration, outcome (ok,
 * partial, error) with the error codes answered, and for GraphQL the operation's name and type and the caller
 * (`client: { role, keyId }`, the key's id from auth.ts keyIdOf). Headers are not logged (API keys travel in
 * them).
 */
export function requestLogging(logger: Logger): RequestHandler {
  return pinoHttp<Request, Response>({
    logger,
    genReqId: (req, res) => {
      const id = requestIdFor(req.headers[REQUEST_ID_HEADER]);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    // req.log and the completion line carry the id alone; the line's fields come from summary().
    quietReqLogger: true,
    quietResLogger: true,
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: (req, res) =>
      req.readableAborted || !res.writableEnded ? 'request aborted' : 'request completed',
    customSuccessObject: (req, res, fields: { durationMs: number }) => summary(req, res, fields.durationMs),
    customErrorMessage: () => 'request failed',
    // The cause, if any, is logged where it happened; the request line says how the request ended.
    customErrorObject: (req, res, error, fields: { durationMs: number }) => ({
      ...summary(req, res, fields.durationMs),
      error: error.message,
    }),
  });
}
