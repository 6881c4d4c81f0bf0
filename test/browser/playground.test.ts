// The offline GraphiQL playground in a real (headless) Chromium: opening the GraphQL URL lands on the
// playground, the example tabs and the Monaco editors load from this origin only, a query runs and its
// result shows, the x-api-key header goes out only when the user fills it in, and the NOT_FOUND example
// shows a clean error.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { buildSchema, parse, validate } from 'graphql';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlayground, describe as describeBuild } from '../../scripts/build-bundles.js';
import { PLAYGROUND_CSP, playgroundRouter } from '../../src/http/playground.js';
import { launchChromium, type BrowserSession } from '../support/browser.js';
import { READER_KEY, startTestService } from '../support/service.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOT = join(repoRoot, 'var', 'screenshots', 'playground.png');

// ---------------------------------------------------------------------------------------------------------
// The real service (same composition and default configuration as `npm start`: NODE_ENV unset) against the
// test Neo4j, seeded with the corpus.
// ---------------------------------------------------------------------------------------------------------

interface RunningServer {
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * A query the server answers, and a piece of text its response contains. Keep the operation named: the
 * test waits for GraphiQL to show the name as the tab title, which is when GraphiQL has taken the edit in.
 */
const probe = {
  operationName: 'PlaygroundProbe',
  query: 'query PlaygroundProbe { entity(id: "person/oleg-panteleev-aviaport") { name aliases } }',
  expected: 'Oleg Panteleyev',
  /** Sent on the second run only; the first run checks that an empty key is not sent at all. */
  apiKey: READER_KEY,
};

async function startServer(): Promise<RunningServer> {
  const service = await startTestService({ NODE_ENV: '' });
  return { baseUrl: service.url, close: () => service.stop() };
}

// ---------------------------------------------------------------------------------------------------------

let server: RunningServer;

beforeAll(async () => {
  const result = await buildPlayground();
  console.info(describeBuild(result));
  server = await startServer();
});

afterAll(async () => {
  await server.close();
});

/**
 * Replaces the whole content of the Monaco editor inside `scope`. Monaco auto-closes brackets even for
 * inserted text, so whatever it added after the cursor is deleted again.
 */
async function setEditorText(page: Page, scope: string, text: string): Promise<void> {
  await page.locator(`${scope} .monaco-editor .view-lines`).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Shift+ControlOrMeta+End');
  await page.keyboard.press('Delete');
}

describe('playground over HTTP', () => {
  it('redirects a browser opening /graphql, but not GraphQL clients', async () => {
    const browserGet = await fetch(`${server.baseUrl}/graphql`, {
      redirect: 'manual',
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    expect(browserGet.status).toBe(302);
    expect(browserGet.headers.get('location')).toBe('/playground/');
    expect(browserGet.headers.get('vary')).toMatch(/accept/i);

    for (const accept of ['*/*', 'application/json', 'application/graphql-response+json']) {
      const clientGet = await fetch(`${server.baseUrl}/graphql?query=${encodeURIComponent(probe.query)}`, {
        redirect: 'manual',
        headers: { accept, 'apollo-require-preflight': 'true', 'x-api-key': probe.apiKey },
      });
      expect(clientGet.status, accept).toBe(200);
      expect(await clientGet.text(), accept).toContain(probe.expected);
    }
  });

  it('serves index.html uncached and hashed assets cached, all under the CSP', async () => {
    const index = await fetch(`${server.baseUrl}/playground/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-security-policy')).toBe(PLAYGROUND_CSP);
    const html = await index.text();
    const asset = /src="(\/playground\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();

    const script = await fetch(`${server.baseUrl}${asset ?? ''}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('content-type')).toMatch(/javascript/);

    const bare = await fetch(`${server.baseUrl}/playground`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/playground/');

    const missing = await fetch(`${server.baseUrl}/playground/assets/no-such-file.js`);
    expect(missing.status).toBe(404);
  });

  it('answers 503 with the build command while the bundle is missing', async () => {
    const app = express();
    app.use(playgroundRouter({ distDir: join(repoRoot, 'var', 'no-such-playground-dist') }));
    const http = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => http.once('listening', resolve));
    try {
      const { port } = http.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/playground/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('run npm run build:playground');
    } finally {
      await new Promise<void>((resolve) => {
        http.close(() => {
          resolve();
        });
      });
    }
  });
});

describe('playground examples', () => {
  it('are valid operations against schema.graphql', () => {
    const schema = buildSchema(readFileSync(join(repoRoot, 'schema.graphql'), 'utf8'));
    const dir = join(repoRoot, 'playground', 'examples');
    const files = readdirSync(dir).filter((name) => name.endsWith('.graphql'));
    expect(files).toHaveLength(5);
    for (const file of files) {
      const errors = validate(schema, parse(readFileSync(join(dir, file), 'utf8')));
      expect(
        errors.map((error) => error.message),
        file,
      ).toEqual([]);
    }
  });
});

describe('playground in Chromium', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchChromium();
  });

  afterAll(async () => {
    await session.close();
  });

  it('opens from /graphql, runs a query, and stays on this origin', async () => {
    const { page } = session;
    await page.goto(`${server.baseUrl}/graphql`);
    expect(new URL(page.url()).pathname).toBe('/playground/');

    // The example operations are there as tabs, and Monaco has rendered the first one.
    await page.locator('.graphiql-query-editor .monaco-editor .view-lines').waitFor();
    const tabs = await page.locator('.graphiql-tab-button').allTextContents();
    expect(tabs).toEqual([
      'HowAreTwoPeopleConnected',
      'EverythingAnAirlineOperates',
      'WhoSaidWhatAboutARoute',
      'DisagreementsInTheCorpus',
      'UnknownIdIsNotFound',
    ]);
    await page
      .locator('.graphiql-query-editor .view-lines', { hasText: 'HowAreTwoPeopleConnected' })
      .waitFor();

    // The first example, as shipped, answers from the corpus: Shoigu's paths to Kozlov with evidence.
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response .view-lines', { hasText: '"paths"' }).waitFor();
    await page.locator('.graphiql-response .view-lines', { hasText: 'Sergei Shoigu' }).waitFor();
    await page.locator('.graphiql-response .view-lines', { hasText: '"evidence"' }).waitFor();

    // A new tab with the probe query; the headers template's empty x-api-key must not be sent.
    await page.locator('.graphiql-tab-add').click();
    await setEditorText(page, '.graphiql-query-editor', probe.query);
    await page.locator('.graphiql-tab-active', { hasText: probe.operationName }).waitFor();
    const isProbe = (request: { method(): string; url(): string; postData(): string | null }) =>
      request.method() === 'POST' &&
      new URL(request.url()).pathname === '/graphql' &&
      (request.postData() ?? '').includes(JSON.stringify(probe.query).slice(1, -1));
    const [firstRequest] = await Promise.all([
      page.waitForRequest(isProbe),
      page.locator('.graphiql-execute-button').click(),
    ]);
    expect(firstRequest.headers()['x-api-key']).toBeUndefined();
    // Whatever the server says without a key (data, or an UNAUTHENTICATED error), it reaches the pane.
    await page.locator('.graphiql-response .view-lines', { hasText: /"(data|errors)"/ }).waitFor();

    // With a key typed into the headers editor, the key goes out with the request.
    await setEditorText(
      page,
      '.graphiql-editor-tool .graphiql-editor:not(.hidden)',
      JSON.stringify({ 'x-api-key': probe.apiKey }),
    );
    const [secondRequest] = await Promise.all([
      page.waitForRequest(isProbe),
      page.locator('.graphiql-execute-button').click(),
    ]);
    expect(secondRequest.headers()['x-api-key']).toBe(probe.apiKey);
    await page.locator('.graphiql-response .view-lines', { hasText: probe.expected }).waitFor();

    mkdirSync(join(repoRoot, 'var', 'screenshots'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    // Offline-clean: nothing fetched from another host, no CSP violation, no error of any kind.
    expect(session.problems()).toEqual([]);
  });

  it('runs the NOT_FOUND example as shipped and shows a clean error', async () => {
    // A fresh, tall window: no tabs left from the test above, and the whole response fits in the pane
    // (Monaco renders visible lines only).
    const tall = await launchChromium({ viewport: { width: 1440, height: 1400 } });
    try {
      await runNotFoundExample(tall);
    } finally {
      await tall.close();
    }
  });
});

/** Opens the NOT_FOUND example's tab, runs it as shipped, and checks the response and what the pane shows. */
async function runNotFoundExample(session: BrowserSession): Promise<void> {
  const { page } = session;
  await page.goto(`${server.baseUrl}/playground/`);
  await page.locator('.graphiql-query-editor .monaco-editor .view-lines').waitFor();
  await page.locator('.graphiql-tab-button', { hasText: 'UnknownIdIsNotFound' }).click();
  await page.locator('.graphiql-tab-active', { hasText: 'UnknownIdIsNotFound' }).waitFor();
  const run = async () => {
    const [answered] = await Promise.all([
      page.waitForResponse(
        (res) =>
          res.request().method() === 'POST' &&
          new URL(res.url()).pathname === '/graphql' &&
          (res.request().postData() ?? '').includes('UnknownIdIsNotFound'),
      ),
      page.locator('.graphiql-execute-button').click(),
    ]);
    return answered;
  };
  let response = await run();
  // UNAVAILABLE (503) means "try again shortly" by contract (a statement that missed its slot or deadline on a
  // loaded machine): a person would press run again, and so does this test, once. Anything else is checked.
  if (response.status() === 503) {
    console.warn(`playground NOT_FOUND example answered 503, running it again: ${await response.text()}`);
    response = await run();
  }
  const body = (await response.json()) as {
    data?: { entity: unknown; known?: { name: string } };
    errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  };
  // CI once saw no `data` here, on a loaded machine, and printed nothing else: the message carries the whole answer.
  const answer = `HTTP ${response.status()}: ${JSON.stringify(body)}`;
  expect(body.data, answer).toEqual({
    entity: null,
    known: { id: 'person/sergei-shoigu', name: 'Sergei Shoigu' },
  });
  expect(body.errors, answer).toEqual([
    {
      message: 'Entity "person/no-such-person" was not found',
      locations: [{ line: 8, column: 3 }],
      path: ['entity'],
      extensions: { code: 'NOT_FOUND', id: 'person/no-such-person' },
    },
  ]);

  // What the person sees: the code and the partial data, and no stack trace.
  const pane = page.locator('.graphiql-response .view-lines');
  await pane.filter({ hasText: '"NOT_FOUND"' }).waitFor();
  await pane.filter({ hasText: 'Sergei Shoigu' }).waitFor();
  const shown = await pane.innerText();
  expect(shown).not.toMatch(/stacktrace|node_modules|\.ts:\d+/);
  mkdirSync(join(repoRoot, 'var', 'screenshots'), { recursive: true });
  await page.screenshot({ path: join(repoRoot, 'var', 'screenshots', 'playground-not-found.png') });
  expect(session.problems()).toEqual([]);
}

describe('browser harness', () => {
  it('records requests to other hosts and console errors, from the page and from workers', async () => {
    const session = await launchChromium();
    try {
      const { page } = session;
      // A page without the playground's CSP, which would stop the fetch and the worker before they start.
      await page.goto('about:blank');
      // A string, not a function: the test files are type-checked without the DOM library.
      await page.evaluate(`(async () => {
        console.error('page says no');
        const source = new Blob(['console.error("worker says no")'], { type: 'text/javascript' });
        const worker = new Worker(URL.createObjectURL(source));
        await new Promise((resolve) => setTimeout(resolve, 500));
        worker.terminate();
        await fetch('https://cdn.example.net/lib.js').catch(() => undefined);
      })()`);
      expect(session.externalRequests).toContain('https://cdn.example.net/lib.js');
      expect(session.consoleErrors.some((text) => text.includes('page says no'))).toBe(true);
      expect(
        session.consoleErrors.some(
          (text) => text.includes('[worker blob:') && text.includes('worker says no'),
        ),
      ).toBe(true);
      expect(session.problems().length).toBeGreaterThanOrEqual(2);
    } finally {
      await session.close();
    }
  });
});
