// The in-process event bus (no Redis): what is announced reaches listeners, listeners are counted while they
// listen, and a Redis that cannot be reached stops start-up with a message that names it without its password.
import { describe, expect, it } from 'vitest';
import { createEventBus, inProcessBus } from '../../src/events/bus.js';
import { redisAddress } from '../../src/events/redis.js';
import { TOPICS } from '../../src/events/topics.js';
import { createLogger } from '../../src/logger.js';
import { freeLoopbackPort } from '../../src/neo4j/local/port.js';

const logger = createLogger('silent');

describe('in-process event bus', () => {
  it('delivers announcements, in order, to every listener of the topic', async () => {
    const bus = inProcessBus(logger);
    const one = bus.listen(TOPICS.articleIngested);
    const two = bus.listen(TOPICS.articleIngested);
    const other = bus.listen(TOPICS.relationAdded);
    // Listening starts with the first pull, as graphql-ws does when a subscription starts.
    const first = [one.next(), two.next()];
    const elsewhere = other.next();
    expect(await bus.subscriberCount(TOPICS.articleIngested)).toBe(2);

    bus.articleIngested({ articleId: 'article/1', entityIds: ['org/a'] });
    bus.articleIngested({ articleId: 'article/2', entityIds: [] });
    const [a, b] = await Promise.all(first);
    expect(a?.value).toEqual({ articleId: 'article/1', entityIds: ['org/a'] });
    expect(b?.value).toEqual({ articleId: 'article/1', entityIds: ['org/a'] });
    expect((await one.next()).value).toEqual({ articleId: 'article/2', entityIds: [] });

    await one.return?.();
    expect(await bus.subscriberCount(TOPICS.articleIngested)).toBe(1);
    await two.return?.();
    await other.return?.();
    expect(await elsewhere).toEqual({ value: undefined, done: true });
    expect(await bus.subscriberCount(TOPICS.articleIngested)).toBe(0);
    await bus.close();
  });

  it('announces no empty mentions', async () => {
    const bus = inProcessBus(logger);
    const mentions = bus.listen(TOPICS.mentionsAdded);
    const next = mentions.next();
    bus.mentionsAdded({ articleId: 'article/1', mentions: [] });
    bus.mentionsAdded({ articleId: 'article/2', mentions: [{ entityId: 'org/a', count: 2 }] });
    expect((await next).value).toMatchObject({ articleId: 'article/2' });
    await mentions.return?.();
  });
});

describe('Redis event bus', () => {
  it('refuses to start when Redis cannot be reached, naming host and port only', async () => {
    const port = await freeLoopbackPort();
    const url = `redis://:secret-password@127.0.0.1:${port}`;
    const started = Date.now();
    await expect(createEventBus({ redisUrl: url, logger })).rejects.toThrow(
      `REDIS_URL is set but Redis at 127.0.0.1:${port} cannot be reached`,
    );
    expect(Date.now() - started).toBeLessThan(6_000);
    await createEventBus({ redisUrl: url, logger }).catch((error: unknown) => {
      expect(String(error)).not.toContain('secret-password');
    });
  });

  it('shows addresses without credentials', () => {
    expect(redisAddress('redis://user:pw@cache.internal:6380/2')).toBe('cache.internal:6380');
    expect(redisAddress('rediss://cache.internal')).toBe('cache.internal:6379');
  });
});
