// A dashboard as users build them: Apollo Client 4 with its normalising InMemoryCache, in real Chromium, served
// from a second origin (another local HTTP server), talking to the real service across CORS. It configures
// the cache from the service's published possibleTypes, watches an entity card, loads the other end of one of
// its relationships, and checks the first card did not change: a relationship's fields must not depend on the
// end it was reached from, or the cache merges the two views into one wrong object.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { launchChromium, type BrowserSession } from '../support/browser.js';
import { startTestService } from '../support/service.js';
import type { Harness, HarnessGlobal } from './apollo-page/harness.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const PAGE_DIR = join(repoRoot, 'test', 'browser', 'apollo-page');
const PAGE_DIST = join(repoRoot, 'var', 'apollo-page');
const SCREENSHOT = join(repoRoot, 'var', 'screenshots', 'apollo-client-cards.png');

const NORDWIND = 'org/nordwind-airlines';
const ROUTE = 'route/moscow-pyongyang-air';

/** An entity card, through a fragment on the `Entity` interface (which needs possibleTypes in the cache). */
const CARD = /* GraphQL */ `
  query EntityCard($id: ID!) {
    entity(id: $id) {
      ...Card
    }
  }
  fragment Card on Entity {
    id
    name
    relations(first: 50) {
      totalCount
      edges {
        cursor
        direction
        other {
          id
          name
        }
        node {
          id
          type
          subject {
            id
          }
          object {
            id
          }
          corroboration {
            articles
          }
        }
      }
    }
  }
`;

interface Card {
  entity: {
    __typename: string;
    id: string;
    name: string;
    relations: {
      edges: {
        direction: string;
        other: { id: string; name: string };
        node: { id: string; type: string; subject: { id: string }; object: { id: string } };
      }[];
    };
  } | null;
}

let service: RunningService;
let dashboard: { url: string; server: Server };
let session: BrowserSession;

/** Bundles the test page with Vite (Apollo Client's development build, so its warnings reach the console). */
async function buildPage(): Promise<void> {
  const { build } = await import('vite');
  await build({
    root: PAGE_DIR,
    configFile: false,
    mode: 'development',
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('development') },
    build: { outDir: PAGE_DIST, emptyOutDir: true, target: 'es2022', minify: false },
  });
}

/** The second origin: a plain static server on its own port, nothing shared with the service. */
async function serveDashboard(): Promise<{ url: string; server: Server }> {
  const app = express();
  app.use(express.static(PAGE_DIST));
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

beforeAll(async () => {
  await buildPage();
  [service, dashboard] = await Promise.all([startTestService(), serveDashboard()]);
  session = await launchChromium();
  await session.page.goto(dashboard.url);
  await session.page.waitForFunction(() => 'harness' in globalThis);
});

afterAll(async () => {
  await session.close();
  await new Promise((resolve) => dashboard.server.close(resolve));
  await service.stop();
});

/** Calls the page's harness. page.evaluate serialises the function: everything it uses comes in as its argument. */
async function call<K extends keyof Harness>(
  method: K,
  ...args: Parameters<Harness[K]>
): Promise<Awaited<ReturnType<Harness[K]>>> {
  const result: unknown = await session.page.evaluate(
    ([name, values]) => {
      const target = (globalThis as unknown as HarnessGlobal).harness;
      return (target[name] as (...a: unknown[]) => unknown).apply(target, values);
    },
    [method, args] as [K, unknown[]],
  );
  return result as Awaited<ReturnType<Harness[K]>>;
}

const watchCard = async (card: string, id: string) => (await call('watchCard', card, CARD, { id })) as Card;
const cached = async (id: string) => (await call('read', CARD, { id })) as Card | null;

const operates = (card: Card) => card.entity?.relations.edges.find((e) => e.node.type === 'OPERATES');

describe('Apollo Client 4 on another origin', () => {
  it('keeps the airline card unchanged after loading the route it operates', async () => {
    await call('connect', service.url, { possibleTypes: true });
    const before = await watchCard('nordwind', NORDWIND);
    expect(before.entity?.__typename).toBe('Organisation');
    expect(operates(before)).toMatchObject({ direction: 'OUTGOING', other: { id: ROUTE } });

    const route = await watchCard('route', ROUTE);
    // The same relationship from its other end: same node, the viewpoint on the edge.
    expect(operates(route)).toMatchObject({
      direction: 'INCOMING',
      other: { id: NORDWIND },
      node: { id: operates(before)?.node.id, subject: { id: NORDWIND }, object: { id: ROUTE } },
    });

    // The watched card, the cache and the page all still show what the airline's own query answered.
    expect(await call('latest', 'nordwind')).toEqual(before);
    expect(await cached(NORDWIND)).toEqual(before);
    // What a person sees on the airline's card: still what its own query answered.
    const lines = session.page.locator('section[data-card="nordwind"] li');
    expect(await lines.allTextContents()).toEqual(
      before.entity?.relations.edges.map((e) => `${e.node.type} ${e.direction} ${e.other.name}`),
    );
    expect(await lines.allTextContents()).toContain('OPERATES OUTGOING Moscow–Pyongyang air route');
    await session.page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(session.problems()).toEqual([]);
  });

  it('needs the published possibleTypes for fragments on Entity', async () => {
    await call('connect', service.url, { possibleTypes: false });
    // Without them the cache cannot tell that an Organisation matches `... on Entity`: it drops every field
    // of the fragment, silently.
    expect(await call('query', CARD, { id: NORDWIND }, 'all')).toEqual({
      data: { entity: { __typename: 'Organisation' } },
      errors: [],
    });
    await call('connect', service.url, { possibleTypes: true });
    const withTypes = await call('query', CARD, { id: NORDWIND }, 'all');
    expect(withTypes.data).toMatchObject({ entity: { id: NORDWIND, name: 'Nordwind Airlines' } });
    expect(withTypes.errors).toEqual([]);
  });

  it("gives NOT_FOUND as data and errors with errorPolicy 'all'", async () => {
    await call('connect', service.url, { possibleTypes: true });
    const outcome = await call('query', CARD, { id: 'org/no-such-entity' }, 'all');
    expect(outcome.data).toEqual({ entity: null });
    expect(outcome.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });
});
