import { createHash } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { ClientKind, ServiceEvents } from '../events.js';
import { KeyRing, presentedKey, type ApiKey } from '../graphql/auth.js';

/**
 * Per-client limits on /graphql (rate-limiter-flexible, in memory: each instance counts its own clients; behind
 * a load balancer the limits are per instance). A client is its API key when it presents a valid one, else its
 * address (so guesses at keys are counted per address too). Each window allows a number of requests
 * (RATE_LIMIT_KEY_REQUESTS per key, RATE_LIMIT_ADDRESS_REQUESTS per address) and a total query cost
 * (RATE_LIMIT_COST, charged by the cost plugin once a request's cost is known). Over a limit the answer is
 * HTTP 429 with `Retry-After` and `extensions.code` LIMIT_EXCEEDED (`extensions.limit`: `requests` or
 * `cost-budget`), and nothing is executed.
 */

export interface Client {
  kind: ClientKind;
  /** `key:<12 hex of the key's SHA-256>` or `address:<IP>`: safe to log, never the key itself. */
  id: string;
}

/** An API key's public id: enough to tell keys apart in logs, useless for guessing the key. */
export const keyId = (key: string): string =>
  createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 12);

/** Who a request is counted as; `clientIdentifier` puts it on `res.locals.client`. */
export function clientOf(ring: KeyRing, req: Pick<Request, 'headers' | 'socket'>): Client {
  const presented = presentedKey(req.headers);
  if (presented.kind === 'key' && ring.roleOf(presented.key) !== null) {
    return { kind: 'key', id: `key:${keyId(presented.key)}` };
  }
  return { kind: 'address', id: `address:${req.socket.remoteAddress ?? 'unknown'}` };
}

/** The client of a request that went through `rateLimiting`; its address otherwise. */
export function requestClient(
  res: { locals: Record<string, unknown> },
  req: Pick<Request, 'socket'>,
): Client {
  const client = res.locals.client as Client | undefined;
  return client ?? { kind: 'address', id: `address:${req.socket.remoteAddress ?? 'unknown'}` };
}

/** LIMIT_EXCEEDED with HTTP 429 and a Retry-After header (Apollo moves `http` into the response head). */
export function rateLimited(limit: 'requests' | 'cost-budget', retryAfterSeconds: number): AppError {
  const message =
    limit === 'requests'
      ? `Too many requests; try again in ${retryAfterSeconds} s`
      : `This client has used its query cost budget for now; try again in ${retryAfterSeconds} s`;
  return new AppError('LIMIT_EXCEEDED', message, {
    limit,
    retryAfter: retryAfterSeconds,
    http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
  });
}

export class RateLimits {
  private readonly requestsByKey: RateLimiterMemory | undefined;
  private readonly requestsByAddress: RateLimiterMemory | undefined;
  private readonly costs: RateLimiterMemory | undefined;

  constructor(
    settings: Config['rateLimits'],
    private readonly events?: ServiceEvents,
  ) {
    const limiter = (points: number, keyPrefix: string): RateLimiterMemory | undefined =>
      points > 0 ? new RateLimiterMemory({ points, duration: settings.windowSeconds, keyPrefix }) : undefined;
    this.requestsByKey = limiter(settings.keyRequests, 'requests');
    this.requestsByAddress = limiter(settings.addressRequests, 'requests');
    this.costs = limiter(settings.cost, 'cost');
  }

  /** Counts one request; throws the 429 error when the client is over its request limit. */
  async countRequest(client: Client): Promise<void> {
    const limiter = client.kind === 'key' ? this.requestsByKey : this.requestsByAddress;
    await this.consume(limiter, client, 1, 'requests');
  }

  /** Charges a request's cost to its client's budget; throws the 429 error when the budget is spent. */
  async chargeCost(client: Client, cost: number): Promise<void> {
    if (cost > 0) await this.consume(this.costs, client, cost, 'cost-budget');
  }

  private async consume(
    limiter: RateLimiterMemory | undefined,
    client: Client,
    points: number,
    limit: 'requests' | 'cost-budget',
  ): Promise<void> {
    if (!limiter) return;
    try {
      await limiter.consume(client.id, points);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      this.events?.emit('rateLimited', {
        limit: limit === 'requests' ? 'requests' : 'cost',
        client: client.kind,
      });
      throw rateLimited(limit, Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
    }
  }
}

/**
 * Mount on /graphql before the body is parsed: identifies the client (`res.locals.client`) and counts the
 * request, answering 429 at once when the client is over its limit.
 */
export function rateLimiting(limits: RateLimits, keys: readonly ApiKey[]): RequestHandler {
  const ring = new KeyRing(keys);
  return (req, res, next) => {
    const client = clientOf(ring, req);
    res.locals.client = client;
    limits.countRequest(client).then(() => {
      next();
    }, next);
  };
}
