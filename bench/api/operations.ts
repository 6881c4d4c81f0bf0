import { RELATION_TYPES } from '../../src/graph/relation-types.js';
import { luceneQuery, searchTerms } from '../../src/graphql/search/lucene.js';

/** The entities the operations are about, picked from the loaded graph by mention count (see targets.cypher). */
export interface Targets {
  hub: string;
  median: string;
  /** A more named entity than the median, the other end of the paths operation. */
  popular: string;
  /** Text the search operation looks for: the median entity's name. */
  searchText: string;
}

/** One HTTP request: the path under the contestant's base URL and the JSON body. */
export interface RequestSpec {
  path: string;
  body: unknown;
}

/**
 * ours, the floor, the peer, and the stack: Apollo Server and graphql-js alone, sending ours' requests and
 * answering them from memory (bench/stack/server.ts).
 */
export const CONTESTANT_NAMES = ['ours', 'floor', 'peer', 'stack'] as const;
export type ContestantName = (typeof CONTESTANT_NAMES)[number];

export interface Operation {
  id: string;
  title: string;
  requests: Partial<Record<Exclude<ContestantName, 'stack'>, (t: Targets) => RequestSpec>>;
  /** Why the peer has no request for this operation. */
  peerCannot?: string;
}

/** The request a contestant sends for an operation; the stack sends ours'. */
export function requestOf(op: Operation, who: ContestantName): ((t: Targets) => RequestSpec) | undefined {
  return op.requests[who === 'stack' ? 'ours' : who];
}

const graphql = (query: string, variables: Record<string, unknown>): RequestSpec => ({
  path: '/graphql',
  body: { query, variables },
});
const floor = (op: string, params: Record<string, unknown>): RequestSpec => ({
  path: `/${op}`,
  body: params,
});

const ENTITY_PAGE = /* GraphQL */ `
  query EntityPage($id: ID!) {
    entity(id: $id) {
      id
      name
      kind
      mentions(first: 20) {
        totalCount
        edges {
          node {
            surface
            sentence
            start
            end
            article {
              id
              title
              publishedAt
              outlet
            }
          }
        }
      }
      relations(first: 20) {
        totalCount
        edges {
          direction
          other {
            id
            name
            kind
          }
          node {
            id
            type
            time {
              at
              start
              end
              precision
            }
            evidence {
              quote
              sentence
              start
              end
              article {
                id
                title
                publishedAt
              }
            }
          }
        }
      }
    }
  }
`;

const PEER_ENTITY_PAGE = /* GraphQL */ `
  query EntityPage($id: ID!, $types: [String!]!) {
    entities(where: { id: { eq: $id } }) {
      id
      name
      kind
      mentionsConnection(first: 20, sort: [{ edge: { pageKey: ASC } }]) {
        totalCount
        edges {
          properties {
            surface
            sentence
            start
            end
          }
          node {
            id
            title
            publishedAt
            outlet
          }
        }
      }
    }
    claimsConnection(
      first: 20
      where: { OR: [{ subjectId: { eq: $id } }, { objectId: { eq: $id } }], type: { in: $types } }
      sort: [{ pageKey: ASC }]
    ) {
      totalCount
      edges {
        node {
          id
          type
          time
          subject {
            id
            name
            kind
          }
          object {
            id
            name
            kind
          }
          evidenceConnection {
            edges {
              properties {
                quote
                sentence
                start
                end
              }
              node {
                id
                title
                publishedAt
              }
            }
          }
        }
      }
    }
  }
`;

const ENTITIES = /* GraphQL */ `
  query Entities {
    entities(first: 50) {
      totalCount
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`;

const PEER_ENTITIES = /* GraphQL */ `
  query Entities {
    entitiesConnection(first: 50, sort: [{ sortName: ASC }, { id: ASC }]) {
      totalCount
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`;

const SEARCH = /* GraphQL */ `
  query Search($text: NonEmptyString!) {
    search(text: $text, first: 10) {
      score
      matchedOn
      node {
        __typename
        ... on Entity {
          id
          name
          kind
        }
        ... on Article {
          id
          title
        }
      }
      passage {
        text
        start
        end
      }
    }
  }
`;

const PEER_SEARCH = /* GraphQL */ `
  query Search($entityQuery: String!, $articleQuery: String!) {
    searchEntities(phrase: $entityQuery, first: 10) {
      edges {
        score
        node {
          id
          name
          kind
        }
      }
    }
    searchArticles(phrase: $articleQuery, first: 10) {
      edges {
        score
        node {
          id
          title
        }
      }
    }
  }
`;

const NEIGHBOURHOOD = /* GraphQL */ `
  query Neighbourhood($id: ID!) {
    neighbourhood(id: $id, depth: 2, limit: 200) {
      nodes {
        id
        name
        kind
      }
      edges {
        id
        type
        source
        target
      }
      truncated
    }
  }
`;

const PATHS = /* GraphQL */ `
  query Paths($from: ID!, $to: ID!) {
    paths(from: $from, to: $to, maxHops: 4, first: 5) {
      length
      hops {
        from {
          id
          name
        }
        to {
          id
          name
        }
        direction
        relation {
          id
          type
        }
        evidence {
          quote
          article {
            id
            title
          }
        }
      }
    }
  }
`;

const TIMELINE = /* GraphQL */ `
  query Timeline($id: ID!) {
    timeline(id: $id, first: 50) {
      __typename
      date
      precision
      summary
      ... on RelationTimelineItem {
        relation {
          id
          type
        }
      }
      ... on EventTimelineItem {
        event {
          id
          name
        }
      }
      ... on StatementTimelineItem {
        statement {
          id
          quote
        }
      }
      ... on ArticleTimelineItem {
        article {
          id
          title
        }
      }
    }
  }
`;

const NO_GRAPH_WALK =
  'its generated Cypher has no variable-length or shortest-path traversal; only a hand-written @cypher field ' +
  '(the floor statement in another wrapper) could answer it';

export const OPERATIONS: readonly Operation[] = [
  {
    id: 'entity-median',
    title: 'entity page, median entity',
    requests: {
      ours: (t) => graphql(ENTITY_PAGE, { id: t.median }),
      floor: (t) => floor('entity-page', { id: t.median }),
      peer: (t) => graphql(PEER_ENTITY_PAGE, { id: t.median, types: RELATION_TYPES }),
    },
  },
  {
    id: 'entity-hub',
    title: 'entity page, biggest hub',
    requests: {
      ours: (t) => graphql(ENTITY_PAGE, { id: t.hub }),
      floor: (t) => floor('entity-page', { id: t.hub }),
      peer: (t) => graphql(PEER_ENTITY_PAGE, { id: t.hub, types: RELATION_TYPES }),
    },
  },
  {
    id: 'entities',
    title: 'entities list of 50 with totalCount',
    requests: {
      ours: () => graphql(ENTITIES, {}),
      floor: () => floor('entities', {}),
      peer: () => graphql(PEER_ENTITIES, {}),
    },
  },
  {
    id: 'search',
    title: 'search',
    requests: {
      ours: (t) => graphql(SEARCH, { text: t.searchText }),
      floor: (t) => floor('search', { text: t.searchText, first: 10 }),
      peer: (t) => {
        const terms = searchTerms(t.searchText);
        return graphql(PEER_SEARCH, {
          entityQuery: luceneQuery(terms, { fuzzy: true }),
          articleQuery: luceneQuery(terms, { fuzzy: false }),
        });
      },
    },
  },
  {
    id: 'neighbourhood',
    title: 'neighbourhood, depth 2, limit 200',
    requests: {
      ours: (t) => graphql(NEIGHBOURHOOD, { id: t.median }),
      floor: (t) => floor('neighbourhood', { id: t.median, limit: 200 }),
    },
    peerCannot: NO_GRAPH_WALK,
  },
  {
    id: 'paths',
    title: 'shortest paths (up to 5, at most 4 hops)',
    requests: {
      ours: (t) => graphql(PATHS, { from: t.median, to: t.popular }),
      floor: (t) => floor('paths', { from: t.median, to: t.popular }),
    },
    peerCannot: NO_GRAPH_WALK,
  },
  {
    id: 'timeline',
    title: 'timeline of the hub (50 items)',
    requests: {
      ours: (t) => graphql(TIMELINE, { id: t.hub }),
      floor: (t) => floor('timeline', { id: t.hub }),
    },
    peerCannot:
      'a timeline merges four kinds of dated item in one date order; the generated Cypher sorts and pages one ' +
      'type at a time, so it would take four root fields and a merge in the client',
  },
];

// ----- what each answer says, in a form the three can be compared in ----------------------------------------

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const at = (v: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((x, k) => (typeof k === 'number' ? arr(x)[k] : obj(x)[k]), v);

/**
 * A comparable digest of one answer (ids and counts in order), or null where the operation's answers are not
 * expected to match item for item (search ranks differently by design).
 */
export function digest(op: string, who: ContestantName, body: unknown): unknown {
  const data = at(body, 'data');
  const mentionKey = (article: unknown, start: unknown) => `${String(at(article, 'id'))}@${String(start)}`;
  // The stack answers ours' requests with ours' answers.
  switch (`${op}/${who === 'stack' ? 'ours' : who}`) {
    case 'entity-median/ours':
    case 'entity-hub/ours': {
      const e = at(data, 'entity');
      return {
        mentions: at(e, 'mentions', 'totalCount'),
        mentionPage: arr(at(e, 'mentions', 'edges')).map((x) =>
          mentionKey(at(x, 'node', 'article'), at(x, 'node', 'start')),
        ),
        relations: at(e, 'relations', 'totalCount'),
        relationPage: arr(at(e, 'relations', 'edges')).map((x) => at(x, 'node', 'id')),
        evidence: arr(at(e, 'relations', 'edges')).map((x) => arr(at(x, 'node', 'evidence')).length),
      };
    }
    case 'entity-median/floor':
    case 'entity-hub/floor': {
      const r = at(data, 0);
      return {
        mentions: at(r, 'mentionCount'),
        mentionPage: arr(at(r, 'mentions')).map((m) => mentionKey(at(m, 'article'), at(m, 'start'))),
        relations: at(r, 'relationCount'),
        relationPage: arr(at(r, 'relations')).map((x) => at(x, 'id')),
        evidence: arr(at(r, 'relations')).map((x) => arr(at(x, 'evidence')).length),
      };
    }
    case 'entity-median/peer':
    case 'entity-hub/peer': {
      const e = at(data, 'entities', 0);
      const claims = at(data, 'claimsConnection');
      return {
        mentions: at(e, 'mentionsConnection', 'totalCount'),
        mentionPage: arr(at(e, 'mentionsConnection', 'edges')).map((x) =>
          mentionKey(at(x, 'node'), at(x, 'properties', 'start')),
        ),
        relations: at(claims, 'totalCount'),
        relationPage: arr(at(claims, 'edges')).map((x) => at(x, 'node', 'id')),
        evidence: arr(at(claims, 'edges')).map(
          (x) => arr(at(x, 'node', 'evidenceConnection', 'edges')).length,
        ),
      };
    }
    case 'entities/ours':
      return {
        total: at(data, 'entities', 'totalCount'),
        ids: arr(at(data, 'entities', 'edges')).map((x) => at(x, 'node', 'id')),
      };
    case 'entities/floor':
      return { total: at(data, 0, 'totalCount'), ids: arr(at(data, 0, 'items')).map((x) => at(x, 'id')) };
    case 'entities/peer':
      return {
        total: at(data, 'entitiesConnection', 'totalCount'),
        ids: arr(at(data, 'entitiesConnection', 'edges')).map((x) => at(x, 'node', 'id')),
      };
    case 'neighbourhood/ours': {
      const g = at(data, 'neighbourhood');
      return {
        nodes: arr(at(g, 'nodes')).length,
        edges: arr(at(g, 'edges')).length,
        truncated: at(g, 'truncated'),
      };
    }
    case 'neighbourhood/floor': {
      const g = at(data, 0);
      return {
        nodes: arr(at(g, 'nodes')).length,
        edges: arr(at(g, 'edges')).length,
        truncated: at(g, 'truncated'),
      };
    }
    case 'paths/ours':
      return arr(at(data, 'paths')).map((p) => arr(at(p, 'hops')).map((h) => at(h, 'relation', 'id')));
    case 'paths/floor':
      return arr(data).map((p) => arr(at(p, 'hops')).map((h) => at(h, 'relation', 'id')));
    case 'timeline/ours':
      return arr(at(data, 'timeline')).map((x) => `${String(at(x, 'date'))} ${String(at(x, 'summary'))}`);
    case 'timeline/floor':
      return arr(data).map((x) => `${String(at(x, 'date'))} ${String(at(x, 'summary'))}`);
    default:
      return null;
  }
}

/** GraphQL errors or an HTTP error in an answer, as text; null when it is a clean answer. */
export function answerError(status: number, body: unknown): string | null {
  if (status !== 200) return `HTTP ${String(status)}: ${JSON.stringify(body).slice(0, 300)}`;
  const errors = at(body, 'errors');
  return Array.isArray(errors) && errors.length > 0 ? JSON.stringify(errors).slice(0, 300) : null;
}
