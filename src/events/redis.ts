import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../logger.js';
import type { Topic } from './topics.js';

/** How long start-up waits for Redis before giving up with a clear message. */
export const REDIS_CONNECT_TIMEOUT_MS = 5_000;

/** How long shutdown waits for Redis to acknowledge QUIT before dropping the connections. */
const REDIS_QUIT_TIMEOUT_MS = 1_000;

export interface RedisPubSubConnection {
  engine: RedisPubSub;
  subscriberCount(topic: Topic): Promise<number>;
  close(): Promise<void>;
}

/** `host:port` of a Redis URL: what logs and errors may show (never the password). */
export function redisAddress(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '6379'}`;
}

/**
 * Two connections, as Redis requires (one in subscriber mode cannot publish). The publisher has no offline
 * queue: while Redis is away an announcement fails at once (and is logged) instead of piling up in memory
 * and holding a mutation's answer. The subscriber queues its SUBSCRIBE commands and re-subscribes by itself
 * after a reconnect. Both retry forever with a capped back-off.
 */
export async function connectRedisPubSub(url: string, logger: Logger): Promise<RedisPubSubConnection> {
  const address = redisAddress(url);
  const common: RedisOptions = {
    lazyConnect: true,
    connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  };
  const publisher = new Redis(url, { ...common, enableOfflineQueue: false, connectionName: 'kg-publisher' });
  const subscriber = new Redis(url, { ...common, connectionName: 'kg-subscriber' });
  for (const [role, client] of [
    ['publisher', publisher],
    ['subscriber', subscriber],
  ] as const) {
    let down = false;
    client.on('error', (error: Error) => {
      // ioredis reports every failed reconnect attempt; one line per outage is enough.
      if (down) return;
      down = true;
      logger.warn({ redis: address, role, err: error }, 'Redis connection lost; retrying');
    });
    client.on('ready', () => {
      if (down) logger.info({ redis: address, role }, 'Redis connection back');
      down = false;
    });
  }
  try {
    await withTimeout(
      Promise.all([publisher.connect(), subscriber.connect()]),
      REDIS_CONNECT_TIMEOUT_MS,
      `no answer within ${REDIS_CONNECT_TIMEOUT_MS} ms`,
    );
  } catch (error) {
    publisher.disconnect();
    subscriber.disconnect();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`REDIS_URL is set but Redis at ${address} cannot be reached (${reason})`, {
      cause: error,
    });
  }
  logger.info({ redis: address }, 'live updates go through Redis pub/sub');
  return {
    engine: new RedisPubSub({ publisher, subscriber }),
    subscriberCount: async (topic) => {
      const reply = (await publisher.call('PUBSUB', 'NUMSUB', topic)) as [string, number];
      return reply[1];
    },
    close: async () => {
      // QUIT lets Redis finish what it has; while Redis is away it would wait for a reconnect, so not long.
      await withTimeout(
        Promise.allSettled([publisher.quit(), subscriber.quit()]),
        REDIS_QUIT_TIMEOUT_MS,
        'QUIT timed out',
      ).catch(() => undefined);
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}

async function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(message));
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
