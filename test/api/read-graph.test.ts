import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { gql, startTestService, errorCodes, roundTrips } from '../support/service.js';

// Query.neighbourhood and Query.paths over real HTTP against the seeded curated graph.

let service: RunningService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

const NEIGHBOURHOOD = /* GraphQL */ `
  query Neighbourhood(
    $id: ID!
    $depth: PositiveInt
    $types: [RelationType!]
    $kinds: [EntityKind!]
    $limit: PositiveInt
  ) {
    neighbourhood(id: $id, depth: $depth, relationTypes: $types, kinds: $kinds, limit: $limit) {
      truncated
      nodes {
        id
        kind
      }
      edges {
        id
        type
        source
        target
        time {
          at
        }
        evidence {
          quote
          article {
            id
          }
        }
      }
    }
  }
`;

interface Graph {
  truncated: boolean;
  nodes: { id: string; kind: string }[];
  edges: { id: string; type: string; source: string; target: string; evidence: { quote: string }[] }[];
}

async function neighbourhood(variables: Record<string, unknown>): Promise<Graph> {
  const res = await gql<{ neighbourhood: Graph }>(service.url, NEIGHBOURHOOD, variables);
  expect(res.body.errors).toBeUndefined();
  const graph = res.body.data?.neighbourhood;
  if (!graph) throw new Error('no graph');
  return graph;
}

describe('Query.neighbourhood', () => {
  it('draws Nordwind at depth 2: its route, the route’s ends and people, every edge between listed nodes', async () => {
    const g = await neighbourhood({ id: 'org/nordwind-airlines', depth: 2 });
    const ids = g.nodes.map((n) => n.id);
    expect(ids[0]).toBe('org/nordwind-airlines');
    expect(ids).toEqual(
      expect.arrayContaining([
        'route/moscow-pyongyang-air', // depth 1: OPERATES
        'person/oleg-nordwind-employee', // depth 1: WORKS_FOR
        'place/moscow', // depth 2: the route's ORIGIN
        'place/pyongyang', // depth 2: the route's DESTINATION
        'person/alexander-kozlov', // depth 2: TRAVELLED_ON the route
        'person/sergei-shoigu', // depth 2: ANNOUNCED the route
      ]),
    );
    expect(new Set(ids).size).toBe(ids.length);
    // Drawable as is: both ends of every edge are nodes, and every edge says where it comes from.
    for (const e of g.edges) {
      expect(ids).toContain(e.source);
      expect(ids).toContain(e.target);
      expect(e.evidence.length).toBeGreaterThan(0);
    }
    expect(g.edges.map((e) => `${e.source} ${e.type} ${e.target}`)).toContain(
      'org/nordwind-airlines OPERATES route/moscow-pyongyang-air',
    );
    expect(g.truncated).toBe(false);
  });

  it('says how many articles and outlets support each edge', async () => {
    const res = await gql<{
      neighbourhood: {
        edges: { type: string; target: string; corroboration: { articles: number; outlets: number } }[];
      };
    }>(
      service.url,
      '{ neighbourhood(id: "org/nordwind-airlines") { edges { type target corroboration { articles outlets } } } }',
    );
    expect(res.body.errors).toBeUndefined();
    const operates = res.body.data?.neighbourhood.edges.find((e) => e.type === 'OPERATES');
    expect(operates).toEqual({
      type: 'OPERATES',
      target: 'route/moscow-pyongyang-air',
      corroboration: { articles: 2, outlets: 2 },
    });
  });

  it('grows with depth and stays within the node limit, saying when it was cut', async () => {
    const one = await neighbourhood({ id: 'org/nordwind-airlines', depth: 1 });
    expect(one.nodes.map((n) => n.id).sort()).toEqual(
      ['org/nordwind-airlines', 'person/oleg-nordwind-employee', 'route/moscow-pyongyang-air'].sort(),
    );
    const three = await neighbourhood({ id: 'org/nordwind-airlines', depth: 3 });
    expect(three.nodes.length).toBeGreaterThan(one.nodes.length);
    const cut = await neighbourhood({ id: 'org/nordwind-airlines', depth: 3, limit: 4 });
    expect(cut.nodes).toHaveLength(4);
    expect(cut.truncated).toBe(true);
  });

  it('walks only the relationship types and kinds asked for', async () => {
    const g = await neighbourhood({ id: 'route/moscow-pyongyang-air', types: ['ORIGIN', 'DESTINATION'] });
    expect(g.nodes.map((n) => n.id).sort()).toEqual([
      'place/moscow',
      'place/pyongyang',
      'route/moscow-pyongyang-air',
    ]);
    expect(new Set(g.edges.map((e) => e.type))).toEqual(new Set(['ORIGIN', 'DESTINATION']));
    const people = await neighbourhood({ id: 'route/moscow-pyongyang-air', kinds: ['PERSON'] });
    expect(people.nodes.slice(1).every((n) => n.kind === 'PERSON')).toBe(true);
  });

  it('rejects depth above 3 and limits above the page size with LIMIT_EXCEEDED, unknown ids with NOT_FOUND', async () => {
    expect(
      errorCodes(await gql(service.url, NEIGHBOURHOOD, { id: 'org/nordwind-airlines', depth: 4 })),
    ).toEqual(['LIMIT_EXCEEDED']);
    expect(
      errorCodes(await gql(service.url, NEIGHBOURHOOD, { id: 'org/nordwind-airlines', limit: 1000 })),
    ).toEqual(['LIMIT_EXCEEDED']);
    expect(
      errorCodes(await gql(service.url, NEIGHBOURHOOD, { id: 'org/nordwind-airlines', depth: 0 })),
    ).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(service.url, NEIGHBOURHOOD, { id: 'org/no-such-airline' }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      errorCodes(
        await gql(service.url, NEIGHBOURHOOD, { id: 'org/nordwind-airlines', types: ['MENTIONED_IN'] }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });
});

const PATHS = /* GraphQL */ `
  query Paths($from: ID!, $to: ID!, $maxHops: PositiveInt, $first: PositiveInt) {
    paths(from: $from, to: $to, maxHops: $maxHops, first: $first) {
      length
      hops {
        from {
          id
        }
        to {
          id
        }
        direction
        relation {
          id
          type
          subject {
            id
          }
          object {
            id
          }
        }
        evidence {
          sentence
          quote
          start
          end
          article {
            id
            text
          }
        }
      }
    }
  }
`;

interface Path {
  length: number;
  hops: {
    from: { id: string };
    to: { id: string };
    direction: string;
    relation: {
      id: string;
      type: string;
      subject: { id: string };
      object: { id: string };
    };
    evidence: {
      sentence: string;
      quote: string;
      start: number;
      end: number;
      article: { id: string; text: string };
    }[];
  }[];
}

describe('Query.neighbourhood reads what its selection asks for', () => {
  const DETAIL = /* GraphQL */ `
    query ($id: ID!) {
      neighbourhood(id: $id, depth: 2) {
        nodes {
          id
          aliases
        }
        edges {
          id
          role
          time {
            at
            start
          }
        }
      }
    }
  `;
  const ENTITY = /* GraphQL */ `
    query ($id: ID!) {
      entity(id: $id) {
        aliases
        relations(first: 100) {
          edges {
            node {
              id
              role
              time {
                at
                start
              }
            }
          }
        }
      }
    }
  `;
  interface Detail {
    nodes: { id: string; aliases: string[] }[];
    edges: { id: string; role: string | null; time: { at: string | null; start: string | null } | null }[];
  }
  interface EntityDetail {
    aliases: string[];
    relations: { edges: { node: Detail['edges'][number] }[] };
  }

  it('gives each node’s aliases and each edge’s role and time when they are selected (not the card alone)', async () => {
    const res = await gql<{ neighbourhood: Detail }>(service.url, DETAIL, { id: 'org/nordwind-airlines' });
    expect(res.body.errors).toBeUndefined();
    const graph = res.body.data?.neighbourhood;
    if (!graph) throw new Error('no graph');
    expect(graph.nodes.some((n) => n.aliases.length > 0)).toBe(true);
    expect(graph.edges.some((e) => e.time !== null)).toBe(true);
    for (const node of graph.nodes) {
      const one = await gql<{ entity: EntityDetail }>(service.url, ENTITY, { id: node.id });
      const entity = one.body.data?.entity;
      expect(node.aliases).toEqual(entity?.aliases);
      const relations = new Map(entity?.relations.edges.map((e) => [e.node.id, e.node]));
      for (const edge of graph.edges.filter((e) => relations.has(e.id))) {
        expect(edge).toEqual(relations.get(edge.id));
      }
    }
  });
});

describe('Query.paths reads what its selection asks for', () => {
  const HOPS = (fields: string) => /* GraphQL */ `
    query ($from: ID!, $to: ID!) {
      paths(from: $from, to: $to) {
        hops {
          from { ${fields} }
          to { ${fields} }
          relation { subject { ${fields} } object { ${fields} } }
        }
      }
    }
  `;
  type Named = { id: string; name: string; aliases?: string[]; description?: string | null };
  type Hop = { from: Named; to: Named; relation: { subject: Named; object: Named } };
  const ends = async (fields: string): Promise<Named[]> => {
    const res = await gql<{ paths: { hops: Hop[] }[] }>(service.url, HOPS(fields), {
      from: 'person/sergei-shoigu',
      to: 'person/alexander-kozlov',
    });
    expect(res.body.errors).toBeUndefined();
    return (res.body.data?.paths ?? []).flatMap((p) =>
      p.hops.flatMap((h) => [h.from, h.to, h.relation.subject, h.relation.object]),
    );
  };

  it('gives the hops’ entities whole when more than id, kind and name is read, and the same ends either way', async () => {
    const cards = await ends('id name');
    const whole = await ends('id name aliases description');
    expect(cards.length).toBeGreaterThan(0);
    expect(whole.map((e) => [e.id, e.name])).toEqual(cards.map((e) => [e.id, e.name]));
    expect(whole.some((e) => (e.aliases ?? []).length > 0)).toBe(true);
    for (const id of new Set(whole.map((e) => e.id))) {
      const one = await gql<{ entity: Named }>(
        service.url,
        'query ($id: ID!) { entity(id: $id) { id name aliases description } }',
        { id },
      );
      for (const end of whole.filter((e) => e.id === id)) expect(end).toEqual(one.body.data?.entity);
    }
  });
});

describe('round trips to Neo4j', () => {
  it('a neighbourhood is one statement (an unknown centre too), its edges’ evidence one more', async () => {
    const bare = await gql(
      service.url,
      /* GraphQL */ `
        query ($id: ID!) {
          neighbourhood(id: $id, depth: 2) {
            nodes {
              id
            }
            edges {
              id
            }
          }
        }
      `,
      { id: 'org/nordwind-airlines' },
    );
    expect(bare.body.errors).toBeUndefined();
    expect(roundTrips(bare)).toBe(1);
    expect(roundTrips(await gql(service.url, NEIGHBOURHOOD, { id: 'org/nordwind-airlines' }))).toBe(2);
    const unknown = await gql(service.url, NEIGHBOURHOOD, { id: 'org/no-such-airline' });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(roundTrips(unknown)).toBe(1);
  });

  it('paths are one statement with their hops’ evidence; the ends are checked only when none is found', async () => {
    const EVIDENCE = 'evidence { quote start end article { id title } }';
    const res = await gql<{
      paths: { hops: { from: { id: string }; relation: { id: string }; evidence: unknown }[] }[];
    }>(
      service.url,
      `query ($from: ID!, $to: ID!) { paths(from: $from, to: $to) { hops { from { id } relation { id } ${EVIDENCE} } } }`,
      { from: 'person/sergei-shoigu', to: 'person/alexander-kozlov' },
    );
    expect(res.body.errors).toBeUndefined();
    expect(roundTrips(res)).toBe(1);
    const QUERY = `query ($from: ID!, $to: ID!, $maxHops: PositiveInt! = 4) {
      paths(from: $from, to: $to, maxHops: $maxHops) { length }
    }`;
    // No path short enough: the ends are checked (both known), the answer is no path.
    const none = await gql<{ paths: unknown[] }>(service.url, QUERY, {
      from: 'person/sergei-shoigu',
      to: 'person/alexander-kozlov',
      maxHops: 1,
    });
    expect(none.body.data?.paths).toEqual([]);
    expect(roundTrips(none)).toBe(2);
    const unknown = await gql(service.url, QUERY, { from: 'person/nobody', to: 'person/alexander-kozlov' });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(roundTrips(unknown)).toBe(2);
    // The evidence that came with the paths is what a relationship's own evidence field loads.
    const hops = res.body.data?.paths.flatMap((p) => p.hops) ?? [];
    expect(hops.length).toBeGreaterThan(0);
    for (const hop of hops) {
      const own = await gql<{
        entity: { relations: { edges: { node: { id: string; evidence: unknown } }[] } };
      }>(
        service.url,
        `query ($id: ID!) { entity(id: $id) { relations(first: 100) { edges { node { id ${EVIDENCE} } } } } }`,
        { id: hop.from.id },
      );
      const relation = own.body.data?.entity.relations.edges.find((e) => e.node.id === hop.relation.id);
      expect(hop.evidence).toEqual(relation?.node.evidence);
    }
  });
});

describe('Query.paths', () => {
  it('connects Shoigu to Kozlov by shortest paths with evidence on every hop', async () => {
    const res = await gql<{ paths: Path[] }>(service.url, PATHS, {
      from: 'person/sergei-shoigu',
      to: 'person/alexander-kozlov',
    });
    expect(res.body.errors).toBeUndefined();
    const paths = res.body.data?.paths ?? [];
    expect(paths.length).toBeGreaterThan(0);
    const shortest = Math.min(...paths.map((p) => p.length));
    for (const path of paths) {
      expect(path.length).toBe(shortest);
      expect(path.hops).toHaveLength(path.length);
      expect(path.hops[0]?.from.id).toBe('person/sergei-shoigu');
      expect(path.hops.at(-1)?.to.id).toBe('person/alexander-kozlov');
      path.hops.forEach((hop, i) => {
        if (i > 0) expect(hop.from.id).toBe(path.hops[i - 1]?.to.id);
        // Direction says which way the stored relationship points relative to the walk.
        const [subject, object] =
          hop.direction === 'OUTGOING' ? [hop.from.id, hop.to.id] : [hop.to.id, hop.from.id];
        expect([hop.relation.subject.id, hop.relation.object.id]).toEqual([subject, object]);
        expect(hop.evidence.length).toBeGreaterThan(0);
        for (const ev of hop.evidence) {
          expect(ev.article.text.slice(ev.start, ev.end)).toBe(ev.quote);
          expect(ev.sentence).toContain(ev.quote.trim().slice(0, 20));
        }
      });
    }
    // Shoigu announced the Moscow–Pyongyang route that Kozlov travelled on.
    expect(paths.map((p) => p.hops.map((h) => h.relation.type).join('>'))).toContain(
      'ANNOUNCED>TRAVELLED_ON',
    );
  });

  it('returns no path when none is short enough, and respects first', async () => {
    const none = await gql<{ paths: Path[] }>(service.url, PATHS, {
      from: 'person/sergei-shoigu',
      to: 'person/alexander-kozlov',
      maxHops: 1,
    });
    expect(none.body.data?.paths).toEqual([]);
    const one = await gql<{ paths: Path[] }>(service.url, PATHS, {
      from: 'person/sergei-shoigu',
      to: 'person/alexander-kozlov',
      first: 1,
    });
    expect(one.body.data?.paths).toHaveLength(1);
  });

  it('rejects hop counts above the limit, equal ends and unknown ids', async () => {
    const args = { from: 'person/sergei-shoigu', to: 'person/alexander-kozlov' };
    expect(errorCodes(await gql(service.url, PATHS, { ...args, maxHops: 7 }))).toEqual(['LIMIT_EXCEEDED']);
    expect(errorCodes(await gql(service.url, PATHS, { ...args, first: 500 }))).toEqual(['LIMIT_EXCEEDED']);
    expect(errorCodes(await gql(service.url, PATHS, { ...args, to: args.from }))).toEqual(['BAD_USER_INPUT']);
    const unknown = await gql(service.url, PATHS, { ...args, to: 'person/nobody' });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(unknown.body.errors?.[0]?.extensions?.id).toBe('person/nobody');
  });
});
