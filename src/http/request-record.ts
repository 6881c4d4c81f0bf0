import type { RequestHandler, Response } from 'express';

/**
 * What the layers serving one request learn about it, for its log line and metrics: the GraphQL operation as
 * resolved from the document, how it ended, the error codes it answered with and who called. Created by the
 * request logging middleware, filled by GraphQL (context and observability plugin) and by the JSON error
 * handler, read when the response is done.
 */
export interface RequestRecord {
  /** The operation's name as resolved (the document's, or the one the request named). */
  operation?: string;
  /** query, mutation or subscription, once the operation is resolved. */
  operationType?: string;
  /** ok (no errors), partial (data and errors) or error; unset until an answer is known. */
  outcome?: 'ok' | 'partial' | 'error';
  /** `extensions.code` of every error answered, in order. */
  errorCodes: string[];
  /** The caller: role and, for an API key, its id (never the key). */
  client?: { role: string; keyId?: string };
}

/** The record of the request a response belongs to, created on first use. */
export function recordOf(res: Pick<Response, 'locals'>): RequestRecord {
  const locals = res.locals as { requestRecord?: RequestRecord };
  locals.requestRecord ??= { errorCodes: [] };
  return locals.requestRecord;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The `extensions.code` of each error in a GraphQL-shaped JSON body; empty when it is not one. */
export function errorCodesIn(body: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  if (!isRecord(parsed) || !Array.isArray(parsed.errors)) return [];
  return parsed.errors.flatMap((error: unknown) => {
    const extensions = isRecord(error) && isRecord(error.extensions) ? error.extensions : {};
    return typeof extensions.code === 'string' ? [extensions.code] : [];
  });
}

/**
 * Mount early: gives the request its record, and learns the error codes of answers no GraphQL plugin saw
 * (Apollo's own refusals before execution: CSRF, batches, unsupported methods), from the JSON body sent.
 */
export const recordAnswers: RequestHandler = (_req, res, next) => {
  const record = recordOf(res);
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    if (res.statusCode >= 400 && record.errorCodes.length === 0 && typeof body === 'string') {
      record.errorCodes.push(...errorCodesIn(body));
    }
    return send(body);
  };
  next();
};
