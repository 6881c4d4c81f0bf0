// Live updates across replicas: two service processes sharing one Neo4j and one real Redis (Debian's
// redis-server, started and stopped here). A write through one replica reaches subscribers on the other; with
// Redis away a write still succeeds at once (its announcement is lost, and logged), and once Redis is back
// announcements flow again without restarting anything.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPICS, type Topic } from '../../src/events/topics.js';
import { removeArticles, openTestDb, type TestDb } from '../support/db.js';
import { liveClient, Recorder, waitForCount, type LiveClient } from '../support/live.js';
import { startRedis, type RunningRedis } from '../support/redis.js';
import { startReplica, type Replica } from '../support/replicas.js';
import { asEditor, gql, uniqueSuffix } from '../support/service.js';

const NORDWIND = 'org/nordwind-airlines';

let redis: RunningRedis;
let a: Replica;
let b: Replica;
let t: TestDb;
let probe: Redis;
const clients: LiveClient[] = [];
const createdArticles: string[] = [];

beforeAll(async () => {
  t = await openTestDb(); // seeds the graph once, before two replicas start on it
  redis = await startRedis();
  [a, b] = await Promise.all([
    startReplica({ REDIS_URL: redis.url }),
    startReplica({ REDIS_URL: redis.url }),
  ]);
  probe = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  // The second test stops Redis on purpose; the probe just reconnects.
  probe.on('error', () => undefined);
  await probe.connect();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  probe.disconnect();
  const codes = await Promise.all([a.stop(), b.stop()]);
  await redis.stop();
  await removeArticles(t, createdArticles);
  await t.close();
  expect(codes).toEqual([0, 0]);
});

/** Subscribers Redis knows of on a channel: one per replica that has at least one subscription on it. */
async function redisSubscribers(topic: Topic): Promise<number> {
  const reply = (await probe.call('PUBSUB', 'NUMSUB', topic)) as [string, number];
  return reply[1];
}

/** Connections Redis has from this service's publishers or subscribers (named by src/events/redis.ts). */
async function connectionsNamed(name: string): Promise<number> {
  const list = (await probe.call('CLIENT', 'LIST')) as string;
  return list.split('\n').filter((line) => line.includes(` name=${name} `)).length;
}

async function ingestThrough(
  replica: Replica,
  s: string,
): Promise<{ id: string; created: boolean; ms: number }> {
  const started = Date.now();
  const res = await gql<{ ingestArticle: { created: boolean; article: { id: string } } }>(
    replica.url,
    'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }',
    {
      input: {
        text: `Nordwind Airlines schedules an extra flight ${s}\n\nNordwind Airlines will fly an extra Moscow–Pyongyang rotation (${s}).`,
        source: `replicas-${s}.txt`,
        title: `Extra flight ${s}`,
      },
    },
    asEditor,
  );
  const result = res.body.data?.ingestArticle;
  if (!result) throw new Error(`${JSON.stringify(res.body.errors)}\n${replica.output()}`);
  createdArticles.push(result.article.id);
  return { id: result.article.id, created: result.created, ms: Date.now() - started };
}

describe('live updates across replicas (Redis)', () => {
  it('delivers an article ingested through replica A to a subscriber on replica B', async () => {
    const onB = liveClient(b.url);
    clients.push(onB);
    const articles = new Recorder<{ articleIngested: { article: { id: string; title: string } } }>(
      onB.client,
      'subscription { articleIngested { article { id title } } }',
    );
    const mentions = new Recorder<{ entityMentioned: { article: { id: string }; entity: { name: string } } }>(
      onB.client,
      'subscription($id: ID!) { entityMentioned(id: $id) { entity { name } article { id } } }',
      { id: NORDWIND },
    );
    await waitForCount(() => redisSubscribers(TOPICS.articleIngested), 1, 'Redis subscribers');
    await waitForCount(() => redisSubscribers(TOPICS.mentionsAdded), 1, 'Redis subscribers');

    const s = uniqueSuffix();
    const article = await ingestThrough(a, s);
    const answered = Date.now();
    await articles.until((r) => r.data.length > 0);
    // For the record (README): how long after A answered the write B's subscriber had the event.
    console.info(`articleIngested reached replica B ${Date.now() - answered} ms after replica A answered`);
    await mentions.until((r) => r.data.length > 0);
    expect(articles.data[0]?.articleIngested.article).toEqual({ id: article.id, title: `Extra flight ${s}` });
    expect(mentions.data[0]?.entityMentioned).toEqual({
      entity: { name: 'Nordwind Airlines' },
      article: { id: article.id },
    });
    articles.unsubscribe();
    mentions.unsubscribe();
  });

  it('keeps acknowledging writes while Redis is away, and announces again once it is back', async () => {
    const onB = liveClient(b.url);
    clients.push(onB);
    const articles = new Recorder<{ articleIngested: { article: { id: string } } }>(
      onB.client,
      'subscription { articleIngested { article { id } } }',
    );
    await waitForCount(() => redisSubscribers(TOPICS.articleIngested), 1, 'Redis subscribers');

    await redis.pause();
    const during = await ingestThrough(a, uniqueSuffix());
    expect(during.created).toBe(true);
    // Announcing fails fast (no offline queue): the write is answered without waiting for Redis.
    expect(during.ms).toBeLessThan(10_000);
    const stored = await t.query('MATCH (x:Article {id: $id}) RETURN x.id AS id', { id: during.id });
    expect(stored).toEqual([{ id: during.id }]);

    await redis.restart();
    await probe.connect().catch(() => undefined);
    // Replica B's subscriber reconnects and subscribes again by itself.
    await waitForCount(
      () => redisSubscribers(TOPICS.articleIngested).catch(() => 0),
      1,
      'Redis subscribers',
      30_000,
    );
    // Both replicas' publishers are back too (they have no offline queue: until then, announcements fail).
    await waitForCount(() => connectionsNamed('kg-publisher').catch(() => 0), 2, 'publishers', 30_000);
    const after = await ingestThrough(a, uniqueSuffix());
    await articles.until((r) => r.data.some((d) => d.articleIngested.article.id === after.id), 30_000);
    expect(articles.data.map((d) => d.articleIngested.article.id)).not.toContain(during.id);
    articles.unsubscribe();
  });
});
