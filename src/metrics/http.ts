import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { Router, type Request, type RequestHandler } from 'express';
import type { Config } from '../config.js';
import { recordOf } from '../http/request-record.js';
import type { Metrics } from './metrics.js';

/** Where Prometheus scrapes. */
export const METRICS_PATH = '/metrics';

/** The routes the service has, as metric labels; anything else is `unmatched` (a 404), so paths cannot grow series. */
const ROUTES: readonly [RegExp, string][] = [
  [/^\/graphql\/?$/, '/graphql'],
  [/^\/health\/live$/, '/health/live'],
  [/^\/health\/ready$/, '/health/ready'],
  [/^\/metrics$/, METRICS_PATH],
  [/^\/schema\.graphql$/, '/schema.graphql'],
  [/^\/possible-types\.json$/, '/possible-types.json'],
  [/^\/playground(\/|$)/, '/playground'],
  [/^\/$/, '/'],
];

export function routeOf(path: string): string {
  return ROUTES.find(([pattern]) => pattern.test(path))?.[1] ?? 'unmatched';
}

/**
 * Mount after recordAnswers: when a response is done (or the client went away), counts and times it by route and
 * status, and counts every error code it answered with.
 */
export function httpMetrics(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    // Now, before routers mounted on a path (/graphql) rewrite req.path for their handlers.
    const route = routeOf(req.path);
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      metrics.httpRequest(route, req.method, res.statusCode, seconds);
      for (const code of recordOf(res).errorCodes) metrics.error(code);
    };
    res.once('finish', finish);
    res.once('close', finish);
    next();
  };
}

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** Whether the client connected from this machine (IPv4 127/8, IPv6 ::1, or IPv4-mapped 127/8). */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return address === '::1';
}

/**
 * Who may scrape: with METRICS_TOKEN set, whoever sends `Authorization: Bearer <token>` (compared as digests in
 * constant time), from anywhere; without it, processes on the same machine only (a sidecar, or an operator's
 * curl). Metrics name operations and statements and show load, so they are not for everyone on the network.
 */
export function metricsAccess(
  access: Config['metrics'],
  req: Request,
): 'ok' | 'unauthenticated' | 'forbidden' {
  if (access.token === undefined) return isLoopback(req.socket.remoteAddress) ? 'ok' : 'forbidden';
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(req.headers.authorization ?? '');
  if (!match?.[1]) return 'unauthenticated';
  return timingSafeEqual(digest(match[1]), digest(access.token)) ? 'ok' : 'unauthenticated';
}

/** `GET /metrics` in Prometheus text format, when enabled (METRICS_ENABLED) and allowed (metricsAccess). */
export function metricsRouter(metrics: Metrics, access: Config['metrics']): Router {
  const router = Router();
  if (!access.enabled) return router;
  router.get(METRICS_PATH, async (req, res) => {
    const verdict = metricsAccess(access, req);
    if (verdict !== 'ok') {
      const code = verdict === 'unauthenticated' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      const message =
        verdict === 'unauthenticated'
          ? 'Metrics need the METRICS_TOKEN as "Authorization: Bearer <token>"'
          : 'Metrics are served to this machine only unless METRICS_TOKEN is set';
      recordOf(res).errorCodes.push(code);
      if (verdict === 'unauthenticated') res.setHeader('www-authenticate', 'Bearer realm="metrics"');
      res
        .status(verdict === 'unauthenticated' ? 401 : 403)
        .json({ errors: [{ message, extensions: { code } }] });
      return;
    }
    res
      .set('cache-control', 'no-store')
      .type(metrics.registry.contentType)
      .send(await metrics.registry.metrics());
  });
  return router;
}
