import { randomBytes } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { gql, startTestService, type GraphQLResponse, errorCodes, roundTrips } from '../support/service.js';

// Query.entity, Query.entities and Query.coMentions over real HTTP against the seeded curated graph + corpus,
// plus the N+1 guard: an entity page costs the same number of Neo4j round trips whatever its page sizes.
// Round trips are read from `extensions.neo4jRoundTrips`, which the service adds under NODE_ENV=test only.

let service: RunningService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

interface RelationEdge {
  direction: string;
  other: { id: string; name: string };
  node: Relation;
}

interface Relation {
  type: string;
  time: { at: string | null; precision: string } | null;
  evidence: {
    quote: string;
    sentence: string;
    start: number;
    end: number;
    article: { id: string; text: string };
  }[];
  corroboration: { articles: number; outlets: number };
}

describe('Query.entity', () => {
  const ENTITY = /* GraphQL */ `
    query Entity($id: ID!) {
      entity(id: $id) {
        id
        kind
        name
        aliases
        ... on Person {
          nationality
          roles {
            title
            organisation {
              id
            }
            time {
              at
              precision
            }
          }
        }
        mentions(first: 50) {
          totalCount
          edges {
            node {
              surface
              sentence
              start
              end
              entity {
                id
              }
              article {
                id
                text
              }
            }
          }
        }
        relations(first: 50) {
          totalCount
          edges {
            direction
            other {
              id
              name
            }
            node {
              type
              time {
                at
                precision
              }
              evidence {
                quote
                sentence
                start
                end
                article {
                  id
                  text
                }
              }
              corroboration {
                articles
                outlets
              }
            }
          }
        }
        statements {
          quote
          speaker {
            id
          }
        }
      }
    }
  `;

  it('returns a person with aliases, offices, mentions, relations and statements, all with provenance', async () => {
    const res = await gql<{
      entity: {
        kind: string;
        aliases: string[];
        roles: { title: string; organisation: { id: string }; time: { at: string; precision: string } }[];
        mentions: {
          totalCount: number;
          edges: {
            node: {
              surface: string;
              start: number;
              end: number;
              entity: { id: string };
              article: { text: string };
            };
          }[];
        };
        relations: { totalCount: number; edges: RelationEdge[] };
        statements: { quote: string; speaker: { id: string } }[];
      };
    }>(service.url, ENTITY, { id: 'person/sergei-shoigu' });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const e = res.body.data?.entity;
    expect(e?.kind).toBe('PERSON');
    expect(e?.aliases).toContain('Shoigu');
    expect(e?.roles).toContainEqual({
      title: 'Secretary',
      organisation: { id: 'org/russian-security-council' },
      time: { at: '2025-06-17', precision: 'DAY' },
    });
    expect(e?.mentions.totalCount).toBeGreaterThan(0);
    for (const { node } of e?.mentions.edges ?? []) {
      expect(node.entity.id).toBe('person/sergei-shoigu');
      // Offsets index into the article text: the mention is exactly where it says.
      expect(node.article.text.slice(node.start, node.end)).toBe(node.surface);
    }
    const edges = e?.relations.edges ?? [];
    expect(edges.map((r) => `${r.node.type}:${r.other.id}`)).toEqual(
      expect.arrayContaining(['ANNOUNCED:route/moscow-pyongyang-air', 'MET:person/kim-jong-un']),
    );
    for (const { node: r } of edges) {
      expect(r.evidence.length).toBeGreaterThan(0);
      expect(r.corroboration.articles).toBeGreaterThan(0);
      for (const ev of r.evidence) expect(ev.article.text.slice(ev.start, ev.end)).toBe(ev.quote);
    }
    expect(edges.find((r) => r.node.type === 'MET')?.direction).toBe('INCOMING');
    expect(e?.statements.every((s) => s.speaker.id === 'person/sergei-shoigu')).toBe(true);
    expect(e?.statements.length).toBeGreaterThan(0);
  });

  it('returns the kind facts of a route, an agreement and an event', async () => {
    const res = await gql<{
      route: Record<string, unknown>;
      agreement: Record<string, unknown>;
      event: Record<string, unknown>;
      org: Record<string, unknown>;
      place: Record<string, unknown>;
    }>(
      service.url,
      /* GraphQL */ `
        {
          route: entity(id: "route/moscow-pyongyang-air") {
            ... on Route {
              mode
              status
              frequency
              firstService {
                date
                precision
              }
              origin {
                id
              }
              destination {
                id
              }
              stops {
                id
              }
              operators {
                id
              }
            }
          }
          agreement: entity(id: "agreement/russia-dprk-arms-deal-2023") {
            ... on Agreement {
              status
              agreementKind
              date {
                date
                precision
              }
              parties {
                id
              }
            }
          }
          event: entity(id: "event/putin-kim-summit-2023") {
            ... on Event {
              eventType
              date {
                date
              }
              place {
                id
              }
              participants {
                id
              }
            }
          }
          org: entity(id: "org/nordwind-airlines") {
            ... on Organisation {
              orgType
            }
          }
          place: entity(id: "place/pyongyang") {
            ... on Place {
              placeType
            }
          }
        }
      `,
    );
    expect(res.body.errors).toBeUndefined();
    const d = res.body.data;
    expect(d?.route).toEqual({
      mode: 'AIR',
      status: 'OPERATING',
      frequency: 'once a month',
      firstService: { date: '2025-07', precision: 'MONTH' },
      origin: { id: 'place/moscow' },
      destination: { id: 'place/pyongyang' },
      stops: [],
      operators: [{ id: 'org/nordwind-airlines' }],
    });
    expect(d?.agreement).toMatchObject({
      status: 'ALLEGED_DENIED',
      date: { date: '2023-10', precision: 'MONTH' },
    });
    expect((d?.agreement.parties as { id: string }[]).map((p) => p.id).sort()).toEqual([
      'place/north-korea',
      'place/russia',
    ]);
    expect(d?.event).toMatchObject({
      eventType: 'summit',
      date: { date: '2023-09' },
      place: { id: 'place/russian-far-east' },
    });
    expect(d?.org).toEqual({ orgType: 'AIRLINE' });
    expect(d?.place).toEqual({ placeType: 'CITY' });
  });

  it('answers an unknown id with NOT_FOUND naming the id, and null data for the field', async () => {
    const res = await gql(service.url, ENTITY, { id: 'person/nobody-at-all' });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ entity: null });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'person/nobody-at-all' });
  });

  it('rejects page sizes above the limit with LIMIT_EXCEEDED and bad cursors with BAD_USER_INPUT', async () => {
    const big = await gql(
      service.url,
      '{ entity(id: "person/sergei-shoigu") { mentions(first: 101) { totalCount } } }',
    );
    expect(errorCodes(big)).toEqual(['LIMIT_EXCEEDED']);
    const cursor = await gql(
      service.url,
      '{ entity(id: "person/sergei-shoigu") { relations(after: "not-a-cursor") { totalCount } } }',
    );
    expect(errorCodes(cursor)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('Query.entities', () => {
  const ENTITIES = /* GraphQL */ `
    query Entities($filter: EntityFilter, $sort: EntitySort, $first: PositiveInt, $after: String) {
      entities(filter: $filter, sort: $sort, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            kind
            name
          }
        }
      }
    }
  `;
  type Page = {
    entities: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: { id: string; kind: string; name: string } }[];
    };
  };

  it('filters by kind and by name, tolerant of transliteration', async () => {
    const res = await gql<Page>(service.url, ENTITIES, { filter: { kind: 'PERSON', name: 'Sergey' } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.entities.edges.map((e) => e.node.id).sort()).toEqual([
      'person/sergei-shoigu',
      'person/sergey-lavrov',
    ]);
    const panteleev = await gql<Page>(service.url, ENTITIES, { filter: { name: 'Panteleev' } });
    expect(panteleev.body.data?.entities.edges.map((e) => e.node.id)).toEqual([
      'person/oleg-panteleev-aviaport',
    ]);
  });

  it('pages through every entity exactly once with cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page += 1) {
      const res: GraphQLResponse<Page> = await gql<Page>(service.url, ENTITIES, { first: 25, after });
      expect(res.body.errors).toBeUndefined();
      const data = res.body.data?.entities;
      if (!data) throw new Error('no data');
      total = data.totalCount;
      seen.push(...data.edges.map((e) => e.node.id));
      if (!data.pageInfo.hasNextPage) break;
      after = data.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(total).toBeGreaterThanOrEqual(70);
  });

  it('sorts by mentions, most first', async () => {
    const res = await gql<Page>(service.url, ENTITIES, { sort: 'MENTIONS_DESC', first: 2 });
    expect(res.body.data?.entities.edges.map((e) => e.node.id)).toEqual(
      expect.arrayContaining(['place/north-korea']),
    );
  });

  it('gives each entity’s other fields when selected, as Query.entity does (cards only when not)', async () => {
    const FIELDS = 'id kind name aliases description ... on Person { nationality } ... on Route { status }';
    for (const variables of [
      { first: 60 },
      { first: 20, sort: 'MENTIONS_DESC' },
      { filter: { name: 'a' } },
    ]) {
      const res = await gql<{ entities: { edges: { node: { id: string; aliases: string[] } }[] } }>(
        service.url,
        `query ($filter: EntityFilter, $sort: EntitySort, $first: PositiveInt) {
          entities(filter: $filter, sort: $sort, first: $first) { edges { node { ${FIELDS} } } }
        }`,
        variables,
      );
      expect(res.body.errors).toBeUndefined();
      const nodes = res.body.data?.entities.edges.map((e) => e.node) ?? [];
      expect(nodes.some((n) => n.aliases.length > 0)).toBe(true);
      for (const node of nodes.slice(0, 25)) {
        const one = await gql<{ entity: unknown }>(
          service.url,
          `query ($id: ID!) { entity(id: $id) { ${FIELDS} } }`,
          { id: node.id },
        );
        expect(node).toEqual(one.body.data?.entity);
      }
    }
  });

  it('rejects bad arguments: BAD_USER_INPUT for a zero page size or unknown kind, LIMIT_EXCEEDED above the cap', async () => {
    expect(errorCodes(await gql(service.url, ENTITIES, { first: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(service.url, ENTITIES, { filter: { kind: 'DRAGON' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await gql(service.url, ENTITIES, { first: 1000 }))).toEqual(['LIMIT_EXCEEDED']);
    expect(errorCodes(await gql(service.url, ENTITIES, { after: 'xyz' }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('Query.coMentions', () => {
  it('lists entities sharing articles, with the shared articles', async () => {
    const res = await gql<{
      coMentions: { entity: { id: string }; count: number; articles: { id: string }[] }[];
    }>(
      service.url,
      '{ coMentions(id: "org/nordwind-airlines", first: 50) { entity { id } count articles { id } } }',
    );
    expect(res.body.errors).toBeUndefined();
    const list = res.body.data?.coMentions ?? [];
    expect(list.map((c) => c.entity.id)).toEqual(expect.arrayContaining(['place/moscow', 'place/pyongyang']));
    for (const c of list) expect(c.articles).toHaveLength(c.count);
    const counts = list.map((c) => c.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('answers an unknown id with NOT_FOUND', async () => {
    expect(errorCodes(await gql(service.url, '{ coMentions(id: "org/nope") { count } }'))).toEqual([
      'NOT_FOUND',
    ]);
  });
});

describe('an entity page costs a fixed number of Neo4j round trips (no N+1)', () => {
  const { uri, username, password, database } = inject('neo4j');
  const prefix = `test-n1/${randomBytes(6).toString('hex')}`;
  const hubId = `${prefix}/hub`;
  let driver: Driver;

  // 20 relations to 20 distinct entities, each with evidence in one of 4 articles, and 20 mentions of the
  // hub spread over the same articles: enough that any per-item query would show up as 20+ round trips. Page
  // keys as ingestion writes them (ingest/create-mentions, ingest/upsert-relations).
  beforeAll(async () => {
    driver = neo4j.driver(uri, neo4j.auth.basic(username, password), { disableLosslessIntegers: true });
    const articles = Array.from({ length: 4 }, (_, i) => ({
      id: `article/${prefix}-${i}`,
      contentHash: `${prefix}-${i}`,
      title: `N+1 probe article ${i}`,
      outlet: `Probe Outlet ${i % 2}`,
      text: 'Hub met Other. '.repeat(40),
    }));
    const items = Array.from({ length: 20 }, (_, i) => ({
      otherId: `${prefix}/other-${i}`,
      relId: `${prefix}/rel-${i}`,
      articleId: articles[i % 4]?.id,
      start: 15 * i,
    }));
    await driver.executeQuery(
      `CREATE (hub:Entity:Person {id: $hubId, kind: 'Person', name: 'N+1 Probe Hub', aliases: ['N+1 Probe Hub']})
       WITH hub
       UNWIND $articles AS a
       CREATE (:Article {id: a.id, contentHash: a.contentHash, title: a.title, outlet: a.outlet, text: a.text})
       WITH DISTINCT hub
       UNWIND $items AS it
       MATCH (a:Article {id: it.articleId})
       CREATE (o:Entity:Place {id: it.otherId, kind: 'Place', name: it.otherId, aliases: [it.otherId]})
       CREATE (hub)-[:VISITED {id: it.relId, at: '2025-07', precision: 'month'}]->(o)
       CREATE (c:Claim {id: it.relId, type: 'VISITED', subjectId: $hubId, objectId: it.otherId, pageKey: 'VISITED 02025-07 ' + it.relId})
       CREATE (c)-[:EVIDENCED_BY {start: it.start, end: it.start + 14, quote: 'Hub met Other.', sentence: 'Hub met Other.', sentenceIndex: 0, sentenceStart: it.start}]->(a)
       CREATE (hub)-[:MENTIONED_IN {start: it.start, end: it.start + 3, surface: 'Hub', sentence: 'Hub met Other.', sentenceIndex: 0, sentenceStart: it.start, entityId: $hubId, pageKey: '1 ' + a.id + ' ' + right('0000000000' + toString(it.start), 10)}]->(a)`,
      { hubId, articles, items },
      { database },
    );
  });

  afterAll(async () => {
    // Only what this test made: every node whose id carries its unique prefix.
    await driver.executeQuery(
      `MATCH (n) WHERE (n:Entity OR n:Article OR n:Claim) AND n.id CONTAINS $prefix DETACH DELETE n`,
      { prefix },
      { database },
    );
    await driver.close();
  });

  const PAGE = /* GraphQL */ `
    query EntityPage($id: ID!, $first: PositiveInt!) {
      entity(id: $id) {
        id
        name
        mentions(first: $first) {
          totalCount
          edges {
            node {
              surface
              sentence
              start
              end
              entity {
                name
              }
              article {
                id
                title
                outlet
              }
            }
          }
        }
        relations(first: $first) {
          totalCount
          edges {
            direction
            other {
              id
              name
            }
            node {
              type
              subject {
                name
              }
              object {
                name
              }
              time {
                at
              }
              evidence {
                quote
                sentence
                article {
                  id
                  title
                }
              }
              corroboration {
                articles
                outlets
              }
            }
          }
        }
      }
    }
  `;

  it('stays at a handful of statements for 20 mentions and 20 relations, the same as for 2', async () => {
    const full = await gql<{
      entity: { mentions: { edges: unknown[] }; relations: { edges: { node: { evidence: unknown[] } }[] } };
    }>(service.url, PAGE, { id: hubId, first: 20 });
    expect(full.body.errors).toBeUndefined();
    expect(full.body.data?.entity.mentions.edges).toHaveLength(20);
    expect(full.body.data?.entity.relations.edges).toHaveLength(20);
    expect(full.body.data?.entity.relations.edges.every((e) => e.node.evidence.length === 1)).toBe(true);

    const small = await gql(service.url, PAGE, { id: hubId, first: 2 });
    expect(small.body.errors).toBeUndefined();

    // entity/by-ids, entity/mentions, entity/relations, graph/evidence: one statement per field, never per item
    // (mentions and evidence carry their article; ends of relations come with the relation).
    expect(roundTrips(full)).toBeLessThanOrEqual(6);
    expect(roundTrips(full)).toBe(roundTrips(small));
  });
});
