import { EventEmitter } from 'node:events';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import type { RelationRow } from '../graphql/rows.js';
import type { Logger } from '../logger.js';
import { connectRedisPubSub } from './redis.js';
import {
  TOPICS,
  type ArticleIngestedPayload,
  type MentionsAddedPayload,
  type RelationAddedPayload,
  type RelationChangeValue,
  type Topic,
} from './topics.js';

/**
 * Live updates: writes announce what changed, subscriptions listen. In-process by default; with `REDIS_URL`
 * every replica publishes to and listens on Redis, so a subscriber on one replica hears a write made on
 * another.
 *
 * Announcing never fails a write and never waits for it: the write is committed and acknowledged before it is
 * announced, and an announcement that cannot be delivered (Redis away) is logged and dropped. Subscribers that
 * must not miss anything re-read when their connection comes back (the dashboard components do).
 */
export interface EventBus {
  readonly transport: 'in-process' | 'redis';
  /** A new article was written (not a repeat of a known one). */
  articleIngested(payload: ArticleIngestedPayload): void;
  /** Entities named in a newly ingested article. */
  mentionsAdded(payload: MentionsAddedPayload): void;
  /** A relationship was added (or given more evidence), or a proposed one accepted. */
  relationAdded(relation: RelationRow, change: RelationChangeValue): void;
  /** The raw payloads announced on a topic from now on; subscription resolvers validate them. */
  listen(topic: Topic): AsyncIterableIterator<unknown>;
  /** Subscribers listening on a topic: on this process in-process, on every replica with Redis. */
  subscriberCount(topic: Topic): Promise<number>;
  /** Waits for announcements in flight, then lets go of Redis. */
  close(): Promise<void>;
}

export interface EventBusDeps {
  redisUrl: string | undefined;
  logger: Logger;
}

/** The bus the configuration asks for; with Redis, start-up fails clearly if Redis cannot be reached. */
export async function createEventBus(deps: EventBusDeps): Promise<EventBus> {
  if (deps.redisUrl === undefined) return inProcessBus(deps.logger);
  const redis = await connectRedisPubSub(deps.redisUrl, deps.logger);
  return busOver(redis.engine, 'redis', deps.logger, redis);
}

export function inProcessBus(logger: Logger): EventBus {
  const emitter = new EventEmitter();
  // Every open subscription adds a listener; the default warning at 10 would fire on a busy dashboard.
  emitter.setMaxListeners(0);
  return busOver(new PubSub({ eventEmitter: emitter }), 'in-process', logger, {
    subscriberCount: (topic) => Promise.resolve(emitter.listenerCount(topic)),
    close: () => Promise.resolve(),
  });
}

interface Transport {
  subscriberCount(topic: Topic): Promise<number>;
  close(): Promise<void>;
}

function busOver(
  engine: PubSubEngine,
  transport: EventBus['transport'],
  logger: Logger,
  ends: Transport,
): EventBus {
  const inFlight = new Set<Promise<void>>();
  const announce = (topic: Topic, payload: unknown): void => {
    const sent = engine.publish(topic, payload).catch((error: unknown) => {
      logger.warn({ err: error, topic }, 'a live update could not be announced; subscribers will miss it');
    });
    inFlight.add(sent);
    void sent.finally(() => inFlight.delete(sent));
  };
  return {
    transport,
    articleIngested: (payload) => {
      announce(TOPICS.articleIngested, payload);
    },
    mentionsAdded: (payload) => {
      if (payload.mentions.length > 0) announce(TOPICS.mentionsAdded, payload);
    },
    relationAdded: (relation, change) => {
      const payload: RelationAddedPayload = { relation, change };
      announce(TOPICS.relationAdded, payload);
    },
    listen: (topic) => engine.asyncIterableIterator<unknown>(topic),
    subscriberCount: (topic) => ends.subscriberCount(topic),
    close: async () => {
      await Promise.allSettled([...inFlight]);
      await ends.close();
    },
  };
}
