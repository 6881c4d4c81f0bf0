// What a normalising GraphQL client (Apollo Client, Relay, urql Graphcache) relies on, over real HTTP: the SDL
// the server runs at /schema.graphql, the possibleTypes map of its interfaces and unions, and object identity:
// every copy of one `__typename` + `id` reads the same wherever in a response it appears, because such a
// cache merges all copies into one record.
import { readFileSync } from 'node:fs';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  Kind,
  parse,
  print,
  printSchema,
  visit,
  type FieldNode,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaFile } from '../../src/graphql/schema.js';
import type { RunningService } from '../../src/service.js';
import { gql, startTestService } from '../support/service.js';

let service: RunningService;

beforeAll(async () => {
  // One request below reads a dozen statements at once from a cold graph; on a machine shared by several test
  // runs that can pass the default 15 s transaction timeout, which is not what this file tests.
  service = await startTestService({ NEO4J_QUERY_TIMEOUT_MS: '60000' });
});
afterAll(async () => {
  await service.stop();
});

const DASHBOARD = 'http://dashboard.example';
const NORDWIND = 'org/nordwind-airlines';
const ROUTE = 'route/moscow-pyongyang-air';
const KOZLOV = 'person/alexander-kozlov';

/** The server's introspection, descriptions included. */
async function introspection(): Promise<IntrospectionQuery> {
  const query = getIntrospectionQuery({
    descriptions: true,
    schemaDescription: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    inputValueDeprecation: true,
  });
  const res = await gql<IntrospectionQuery>(service.url, query);
  if (!res.body.data) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data;
}

describe('GET /schema.graphql', () => {
  it('serves the SDL the server runs, as text, to other origins', async () => {
    const res = await fetch(`${service.url}/schema.graphql`, { headers: { origin: DASHBOARD } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    const sdl = await res.text();
    // It builds, it is what introspection describes, and it is the committed contract.
    const served = printSchema(buildSchema(sdl));
    expect(served).toBe(printSchema(buildClientSchema(await introspection())));
    expect(served).toBe(printSchema(buildSchema(readFileSync(schemaFile, 'utf8'))));
    expect(sdl).toContain('type RelationEdge {');
  });

  it('follows CORS_ORIGINS', async () => {
    const restricted = await startTestService({ CORS_ORIGINS: 'http://allowed.example' });
    try {
      const other = await fetch(`${restricted.url}/possible-types.json`, { headers: { origin: DASHBOARD } });
      expect(other.status).toBe(200);
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const allowed = await fetch(`${restricted.url}/schema.graphql`, {
        headers: { origin: 'http://allowed.example' },
      });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('http://allowed.example');
    } finally {
      await restricted.stop();
    }
  });
});

describe('GET /possible-types.json', () => {
  it('maps every interface and union to its types, as InMemoryCache({ possibleTypes }) takes it', async () => {
    const res = await fetch(`${service.url}/possible-types.json`, { headers: { origin: DASHBOARD } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    const possibleTypes = (await res.json()) as Record<string, string[]>;
    const entities = ['Agreement', 'Event', 'Organisation', 'Person', 'Place', 'Route'];
    expect(possibleTypes).toEqual({
      Entity: entities,
      SearchResult: [...entities, 'Article'].sort(),
      TimelineItem: [
        'ArticleTimelineItem',
        'EventTimelineItem',
        'RelationTimelineItem',
        'StatementTimelineItem',
      ],
    });
    // What Apollo's documentation derives from introspection, abstract type by abstract type.
    const fromIntrospection = (await introspection()).__schema.types.flatMap((t) =>
      t.kind === 'INTERFACE' || t.kind === 'UNION'
        ? [[t.name, t.possibleTypes.map((p) => p.name).sort()] as const]
        : [],
    );
    expect(possibleTypes).toEqual(Object.fromEntries(fromIntrospection));
  });
});

// ---------------------------------------------------------------------------------------------------------

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/** Adds `__typename` to every selection set, as Apollo Client does before sending a query. */
function withTypenames(query: string): string {
  return print(
    visit(parse(query), {
      SelectionSet: { leave: (set) => ({ ...set, selections: [...set.selections, TYPENAME] }) },
    }),
  );
}

/**
 * What a normalising cache does with a response: every object with `__typename` and `id` becomes one record
 * whose fields merge. Returns each field on which two copies of one record disagree.
 */
function cacheConflicts(data: unknown): string[] {
  const records = new Map<string, Map<string, string>>();
  const conflicts: string[] = [];
  const normalise = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(normalise);
    if (value === null || typeof value !== 'object') return value;
    const fields = Object.entries(value).map(([k, v]): [string, unknown] => [k, normalise(v)]);
    const { __typename: type, id } = value as { __typename?: unknown; id?: unknown };
    if (typeof type !== 'string' || typeof id !== 'string') return Object.fromEntries(fields);
    const key = `${type}:${id}`;
    const record = records.get(key) ?? new Map<string, string>();
    records.set(key, record);
    for (const [field, v] of fields) {
      const text = JSON.stringify(v);
      const seen = record.get(field);
      if (seen !== undefined && seen !== text) conflicts.push(`${key} ${field}: ${seen} vs ${text}`);
      record.set(field, text);
    }
    return { __ref: key };
  };
  normalise(data);
  return conflicts;
}

/** A relationship, a fact and an entity card as a dashboard selects them. */
const FRAGMENTS = /* GraphQL */ `
  fragment Rel on Relation {
    id
    type
    subject {
      id
      name
    }
    object {
      id
      name
    }
    role
    note
    time {
      at
      start
      end
      precision
    }
    evidence {
      quote
      start
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
  fragment Fact on FactClaim {
    id
    property
    value
    valueText
    subject {
      id
    }
    sources {
      quote
    }
  }
  fragment Card on Entity {
    id
    name
    kind
    relations(first: 50) {
      totalCount
      edges {
        direction
        other {
          id
          name
        }
        node {
          ...Rel
        }
      }
    }
    facts {
      ...Fact
    }
    statements(first: 50) {
      id
      quote
      speaker {
        id
      }
      about {
        id
      }
    }
    ... on Person {
      roles {
        title
        organisation {
          id
          name
        }
        relation {
          ...Rel
        }
      }
    }
  }
`;

/** One relationship from both its ends. */
const BOTH_ENDS = /* GraphQL */ `
  ${FRAGMENTS}
  query BothEnds {
    nordwind: entity(id: "${NORDWIND}") {
      ...Card
    }
    route: entity(id: "${ROUTE}") {
      ...Card
    }
  }
`;

/** Everything with an id that reaches a client: relations from both ends, paths, timelines, offices, facts. */
const EVERYWHERE = /* GraphQL */ `
  ${FRAGMENTS}
  query Everywhere {
    nordwind: entity(id: "${NORDWIND}") {
      ...Card
    }
    route: entity(id: "${ROUTE}") {
      ...Card
    }
    kozlov: entity(id: "${KOZLOV}") {
      ...Card
    }
    paths(from: "${NORDWIND}", to: "${KOZLOV}") {
      hops {
        direction
        from {
          id
        }
        to {
          id
        }
        relation {
          ...Rel
        }
      }
    }
    routeTimeline: timeline(id: "${ROUTE}", kinds: [RELATION]) {
      ... on RelationTimelineItem {
        relation {
          ...Rel
        }
      }
    }
    kozlovTimeline: timeline(id: "${KOZLOV}", kinds: [RELATION]) {
      ... on RelationTimelineItem {
        relation {
          ...Rel
        }
      }
    }
    timeline(kinds: [RELATION]) {
      ... on RelationTimelineItem {
        relation {
          ...Rel
        }
      }
    }
    conflicts(subject: "${ROUTE}") {
      values {
        claims {
          ...Fact
        }
      }
    }
    neighbourhood(id: "${NORDWIND}", depth: 2) {
      edges {
        id
        type
        source
        target
      }
    }
  }
`;

interface Edge {
  direction: string;
  other: { id: string };
  node: { id: string; type: string; subject: { id: string }; object: { id: string } };
}

describe('object identity for normalising caches', () => {
  it('gives a relationship the same node from both ends, with the viewpoint on the edge', async () => {
    const res = await gql<{
      nordwind: { relations: { edges: Edge[] } };
      route: { relations: { edges: Edge[] } };
    }>(service.url, withTypenames(BOTH_ENDS));
    expect(res.body.errors).toBeUndefined();
    const operates = (edges: Edge[] = []) => edges.find((e) => e.node.type === 'OPERATES');
    const fromAirline = operates(res.body.data?.nordwind.relations.edges);
    const fromRoute = operates(res.body.data?.route.relations.edges);
    expect(fromAirline?.node).toEqual(fromRoute?.node);
    expect(fromAirline?.node).toMatchObject({ subject: { id: NORDWIND }, object: { id: ROUTE } });
    expect(fromAirline).toMatchObject({ direction: 'OUTGOING', other: { id: ROUTE } });
    expect(fromRoute).toMatchObject({ direction: 'INCOMING', other: { id: NORDWIND } });
  });

  it('answers every object with an id the same wherever it appears in a response', async () => {
    const res = await gql(service.url, withTypenames(EVERYWHERE));
    expect(res.body.errors).toBeUndefined();
    // The query does reach the same relationships from several places (else this would prove nothing).
    const text = JSON.stringify(res.body.data);
    const copies = (id: string) => text.split(`"id":"${id}","type"`).length - 1;
    expect(copies('rel/operates/nordwind-moscow-pyongyang')).toBeGreaterThanOrEqual(3);
    expect(copies('rel/travelled-on/kozlov-moscow-pyongyang')).toBeGreaterThanOrEqual(4);
    expect(cacheConflicts(res.body.data)).toEqual([]);
  });
});
