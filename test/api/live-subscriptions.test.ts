// Subscriptions over WebSocket (graphql-ws) on the service's own port and path, in-process (no Redis): what
// ingesting an article and adding a relationship announce, to whom, with what data; that subscriptions get the
// same access rule and limits as queries; and that shutdown closes the sockets cleanly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPICS } from '../../src/events/topics.js';
import type { RunningService } from '../../src/service.js';
import { liveClient, Recorder, waitForSubscribers, type LiveClient } from '../support/live.js';
import { removeArticles, deleteEntities, openTestDb, type TestDb } from '../support/db.js';
import {
  READER_KEY,
  asEditor,
  createEntity,
  gql,
  startTestService,
  uniqueSuffix,
} from '../support/service.js';

const NORDWIND = 'org/nordwind-airlines';
const SHOIGU = 'person/sergei-shoigu';

let service: RunningService;
let t: TestDb;
const clients: LiveClient[] = [];
const createdArticles: string[] = [];
const createdEntities: string[] = [];

beforeAll(async () => {
  service = await startTestService();
  t = await openTestDb();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await removeArticles(t, createdArticles);
  await deleteEntities(t, createdEntities);
  await t.close();
  await service.stop();
});

function connect(params: Record<string, unknown> = {}, url = service.url): LiveClient {
  const client = liveClient(url, params);
  clients.push(client);
  return client;
}

async function ingest(text: string, title: string): Promise<{ id: string; created: boolean }> {
  const res = await gql<{ ingestArticle: { created: boolean; article: { id: string } } }>(
    service.url,
    'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }',
    { input: { text, title, source: `${title}.txt`, outlet: 'Test Wire' } },
    asEditor,
  );
  const result = res.body.data?.ingestArticle;
  if (!result) throw new Error(JSON.stringify(res.body.errors));
  createdArticles.push(result.article.id);
  return { id: result.article.id, created: result.created };
}

const articleAbout = (s: string, who: string): string =>
  `${who} adds a second weekly flight ${s}\n\n${who} said on Tuesday that it would add a second weekly ` +
  `flight between Moscow and Pyongyang from next month, citing demand from tour groups (${s}).`;

interface ArticleEvent {
  articleIngested: { article: { id: string; title: string }; entities: { id: string; name: string }[] };
}

interface MentionEvent {
  entityMentioned: { entity: { id: string }; article: { id: string }; count: number };
}

describe('live updates in one process', () => {
  it('announces a new article, with the entities it names, to every subscriber', async () => {
    const s = uniqueSuffix();
    const live = connect();
    const all = new Recorder<ArticleEvent>(
      live.client,
      'subscription { articleIngested { article { id title } entities { id name } } }',
    );
    const mentions = new Recorder<MentionEvent>(
      live.client,
      'subscription($id: ID!) { entityMentioned(id: $id) { entity { id } article { id } count } }',
      { id: NORDWIND },
    );
    const elsewhere = new Recorder<MentionEvent>(
      live.client,
      'subscription($id: ID!) { entityMentioned(id: $id) { entity { id } article { id } count } }',
      { id: SHOIGU },
    );
    await waitForSubscribers(service.events, TOPICS.articleIngested, 1);
    await waitForSubscribers(service.events, TOPICS.mentionsAdded, 2);

    const article = await ingest(articleAbout(s, 'Nordwind Airlines'), `Nordwind ${s}`);
    expect(article.created).toBe(true);
    await all.until((r) => r.data.length > 0);
    await mentions.until((r) => r.data.length > 0);

    const [event] = all.data;
    expect(event?.articleIngested.article).toEqual({ id: article.id, title: `Nordwind ${s}` });
    expect(event?.articleIngested.entities.map((e) => e.id)).toContain(NORDWIND);
    expect(mentions.data[0]?.entityMentioned).toMatchObject({
      entity: { id: NORDWIND },
      article: { id: article.id },
    });
    expect(mentions.data[0]?.entityMentioned.count).toBeGreaterThanOrEqual(1);
    // Shoigu is not named: his subscriber heard nothing (both were delivered by the same publish).
    expect(elsewhere.results).toEqual([]);
    for (const r of [all, mentions, elsewhere]) r.unsubscribe();
  });

  it('announces nothing when the same text is ingested again', async () => {
    const s = uniqueSuffix();
    const first = await ingest(articleAbout(s, 'Nordwind Airlines'), `Repeat ${s}`);
    const live = connect();
    const all = new Recorder<ArticleEvent>(
      live.client,
      'subscription { articleIngested { article { id } } }',
    );
    await waitForSubscribers(service.events, TOPICS.articleIngested, 1);

    const again = await ingest(articleAbout(s, 'Nordwind Airlines'), `Repeat ${s}`);
    expect(again).toEqual({ id: first.id, created: false });
    const next = await ingest(articleAbout(uniqueSuffix(), 'Nordwind Airlines'), `After ${s}`);
    await all.until((r) => r.data.length > 0);
    // Announcements keep their order: the first one heard is the article after the repeat.
    expect(all.data.map((d) => d.articleIngested.article.id)).toEqual([next.id]);
    all.unsubscribe();
  });

  it('announces added relationships to subscribers of either end, read fresh for every event', async () => {
    const s = uniqueSuffix();
    const person = await createEntity(service.url, { kind: 'PERSON', name: `Irina Volkova${s}` });
    const place = await createEntity(service.url, {
      kind: 'PLACE',
      name: `Nakhodka Port${s}`,
      placeType: 'CITY',
    });
    createdEntities.push(person, place);
    const article = await ingest(
      `Visit ${s}\n\nIrina Volkova${s} visited Nakhodka Port${s} twice in July 2025, officials said.`,
      `Visit ${s}`,
    );
    const live = connect();
    const QUERY = `subscription($id: ID) {
      relationAdded(entityId: $id) { change relation { id type subject { id name } object { id } evidence { quote } } }
    }`;
    const mine = new Recorder<{
      relationAdded: {
        change: string;
        relation: { id: string; type: string; subject: { id: string; name: string }; object: { id: string } };
      };
    }>(live.client, QUERY, { id: place });
    const others = new Recorder(live.client, QUERY, { id: SHOIGU });
    await waitForSubscribers(service.events, TOPICS.relationAdded, 2);

    const add = (at: string) =>
      gql(
        service.url,
        `mutation($input: AddRelationInput!) { addRelation(input: $input) { id } }`,
        {
          input: {
            type: 'VISITED',
            subjectId: person,
            objectId: place,
            time: { at },
            evidence: [{ articleId: article.id, quote: `visited Nakhodka Port${s}` }],
          },
        },
        asEditor,
      );
    await add('2025-07-03');
    await mine.until((r) => r.data.length === 1);
    // Renamed between two events: the second event must not be answered from the first one's loaders.
    const renamed = await gql(
      service.url,
      'mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { id } }',
      { input: { id: person, kind: 'PERSON', name: `Irina Volkova-Lebed${s}` } },
      asEditor,
    );
    expect(renamed.body.errors).toBeUndefined();
    await add('2025-07-24');
    await mine.until((r) => r.data.length === 2);

    const [one, two] = mine.data.map((d) => d.relationAdded);
    expect(one).toMatchObject({ change: 'ADDED', relation: { type: 'VISITED', object: { id: place } } });
    expect(one?.relation.subject.name).toBe(`Irina Volkova${s}`);
    expect(two?.relation.subject.name).toBe(`Irina Volkova-Lebed${s}`);
    expect(two?.relation.id).not.toBe(one?.relation.id);
    expect(others.results).toEqual([]);
    mine.unsubscribe();
    others.unsubscribe();
  });
});

describe('subscriptions are guarded like queries', () => {
  let guarded: RunningService;
  beforeAll(async () => {
    guarded = await startTestService({
      READS_REQUIRE_AUTH: 'true',
      MAX_DEPTH: '6',
      MAX_ALIASES: '3',
      MAX_COST: '5000',
    });
  });
  afterAll(async () => {
    await guarded.stop();
  });

  const ARTICLES = 'subscription { articleIngested { article { id } } }';

  it('needs a key when reads need one, and refuses a wrong key, with UNAUTHENTICATED', async () => {
    const anonymous = new Recorder(connect({}, guarded.url).client, ARTICLES);
    await anonymous.failed();
    expect(anonymous.errorCodes).toEqual(['UNAUTHENTICATED']);

    const wrong = new Recorder(
      connect({ apiKey: 'wrong-key-0123456789abcdef' }, guarded.url).client,
      ARTICLES,
    );
    await wrong.failed();
    expect(wrong.errorCodes).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(wrong.error)).not.toContain('wrong-key');

    const reader = new Recorder(connect({ apiKey: READER_KEY }, guarded.url).client, ARTICLES);
    await waitForSubscribers(guarded.events, TOPICS.articleIngested, 1);
    expect(reader.error).toBeUndefined();
    reader.unsubscribe();
  });

  it('takes the key as Authorization: Bearer in the connection parameters too', async () => {
    const bearer = new Recorder(
      connect({ authorization: `Bearer ${READER_KEY}` }, guarded.url).client,
      ARTICLES,
    );
    await waitForSubscribers(guarded.events, TOPICS.articleIngested, 1);
    expect(bearer.error).toBeUndefined();
    bearer.unsubscribe();
  });

  it.each([
    [
      'depth',
      'subscription { articleIngested { entities { relations { edges { node { object { relations { edges { node { id } } } } } } } } } }',
      'LIMIT_EXCEEDED',
    ],
    [
      'aliases',
      'subscription { articleIngested { a: article { id } b: article { id } c: article { id } d: article { id } } }',
      'LIMIT_EXCEEDED',
    ],
    [
      'cost',
      'subscription { articleIngested { entities { relations(first: 100) { edges { node { evidence { article { mentions(first: 100) { edges { node { surface } } } } } } } } } } }',
      'LIMIT_EXCEEDED',
    ],
    ['an unknown field', 'subscription { articleIngested { nonsense } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['a syntax error', 'subscription { articleIngested { ', 'GRAPHQL_PARSE_FAILED'],
    ['a query sent over WebSocket', '{ entity(id: "org/nordwind-airlines") { name } }', 'BAD_USER_INPUT'],
  ])('refuses %s with the same code as over HTTP', async (_what, query, code) => {
    const refused = new Recorder(connect({ apiKey: READER_KEY }, guarded.url).client, query);
    await refused.failed();
    expect(refused.errorCodes).toContain(code);
  });

  it('answers NOT_FOUND for an entity that does not exist', async () => {
    const refused = new Recorder(
      connect({ apiKey: READER_KEY }, guarded.url).client,
      'subscription { entityMentioned(id: "person/nobody-at-all") { count } }',
    );
    await refused.until((r) => r.results.length > 0 || r.error !== undefined);
    const errors = refused.results[0]?.errors ?? (refused.error as { extensions?: { code?: string } }[]);
    expect(errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});

describe('shutdown', () => {
  it('closes open subscriptions with 1001 Going Away and stops promptly', async () => {
    const doomed = await startTestService();
    const live = liveClient(doomed.url);
    const sub = new Recorder(live.client, 'subscription { articleIngested { article { id } } }');
    await waitForSubscribers(doomed.events, TOPICS.articleIngested, 1);
    const started = Date.now();
    await doomed.stop();
    expect(Date.now() - started).toBeLessThan(5_000);
    await sub.until(
      (r) => r.error !== undefined || r.completed || live.closes.length > 0,
      5_000,
      'the close',
    );
    expect(live.closes).toContain(1001);
    await live.dispose();
  });
});
