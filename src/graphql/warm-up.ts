import { performance } from 'node:perf_hooks';
import type { Logger } from '../logger.js';

/**
 * The service asks itself, once it listens, for what analysts and dashboards ask most: the entities list, an
 * entity page, a search, a neighbourhood, paths and a timeline, one after another, over its own HTTP endpoint.
 *
 * Why: a Neo4j that has not run a statement before plans it on first use, and on a cold JVM that is seconds
 * (the entity page: 4.3 s for the first request to a service just started on size M, then 56 ms). Done here,
 * that cost is paid before the first user's request, which otherwise waits for it (plan-gate.ts) or, under
 * load, runs past its deadline. Going through HTTP rather than calling the statements warms every layer a
 * request crosses, with the parameter shapes real requests use. It never blocks readiness; a failure is logged
 * and forgotten (a Neo4j that is away, an empty graph).
 */

const ENTITIES = /* GraphQL */ `
  query WarmUpEntities {
    entities(first: 2) {
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

const ENTITY_PAGE = /* GraphQL */ `
  query WarmUpEntity($id: ID!) {
    entity(id: $id) {
      id
      name
      mentions(first: 20) {
        totalCount
        edges {
          node {
            surface
            sentence
            article {
              id
              title
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
          }
          node {
            id
            type
            evidence {
              quote
              article {
                id
              }
            }
          }
        }
      }
    }
  }
`;

const SEARCH = /* GraphQL */ `
  query WarmUpSearch($text: NonEmptyString!) {
    search(text: $text, first: 10) {
      score
      matchedOn
      node {
        ... on Entity {
          id
        }
        ... on Article {
          id
        }
      }
      passage {
        text
      }
    }
  }
`;

const GRAPH = /* GraphQL */ `
  query WarmUpGraph($id: ID!, $other: ID!) {
    neighbourhood(id: $id, depth: 2, limit: 50) {
      nodes {
        id
      }
      edges {
        id
      }
    }
    paths(from: $id, to: $other, maxHops: 4, first: 5) {
      length
      hops {
        relation {
          id
        }
        evidence {
          quote
        }
      }
    }
    timeline(id: $id, first: 50) {
      date
      summary
    }
  }
`;

export interface WarmUpDeps {
  /** The service's own base URL (`http://127.0.0.1:<port>`). */
  url: string;
  /** A key to read with when reads need one (READS_REQUIRE_AUTH). */
  apiKey: string | undefined;
  logger: Logger;
}

interface EntitiesAnswer {
  data?: { entities?: { edges: { node: { id: string; name: string } }[] } };
}

/** Runs the warm-up requests in turn; resolves when done (never rejects). */
export async function warmUp({ url, apiKey, logger }: WarmUpDeps): Promise<void> {
  const started = performance.now();
  const ask = async (query: string, variables: Record<string, unknown> = {}): Promise<unknown> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'warm-up',
        ...(apiKey === undefined ? {} : { 'x-api-key': apiKey }),
      },
      body: JSON.stringify({ query, variables }),
    });
    if (!res.ok) throw new Error(`warm-up request answered HTTP ${String(res.status)}`);
    return res.json();
  };
  try {
    const list = (await ask(ENTITIES)) as EntitiesAnswer;
    const [first, second] = list.data?.entities?.edges.map((e) => e.node) ?? [];
    if (first === undefined) {
      logger.info('warm-up skipped: the graph has no entities');
      return;
    }
    await ask(ENTITY_PAGE, { id: first.id });
    await ask(SEARCH, { text: first.name });
    await ask(GRAPH, { id: first.id, other: (second ?? first).id });
    logger.info({ ms: Math.round(performance.now() - started) }, 'warm-up done: hot statements planned');
  } catch (error) {
    logger.warn(
      { err: error instanceof Error ? error.message : String(error) },
      'warm-up stopped; statements will be planned on first use',
    );
  }
}
