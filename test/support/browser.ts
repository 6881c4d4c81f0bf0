// Headless Chromium for browser tests (Debian's /usr/bin/chromium, see scripts/install-chromium.sh), with
// a record of everything that would make a page not offline-clean: requests to any host other than this
// machine's loopback, console errors (CSP violations and failed loads show up there too) and uncaught
// page errors. Requests to other hosts are also aborted, so a test never depends on the network.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** True for a URL that leaves the machine (http, https, ws, wss to a non-loopback host). */
export function isExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol)) return false; // data:, blob:, about:…
  const host = parsed.hostname.toLowerCase();
  return !(LOOPBACK_HOSTS.has(host) || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host));
}

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** URLs requested from non-loopback hosts (each was aborted). */
  externalRequests: string[];
  /** Console messages of type "error", from the page and its workers, as "text (url:line)". */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** Everything above, for one assertion: `expect(session.problems()).toEqual([])`. */
  problems(): string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  viewport?: { width: number; height: number };
}

function describeConsole(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  return url === '' ? message.text() : `${message.text()} (${url}:${lineNumber + 1})`;
}

/** Launches Chromium with one fresh context (no stored state) and one page, with the recorders attached. */
export async function launchChromium(options: LaunchOptions = {}): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: run scripts/install-chromium.sh`);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const externalRequests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  try {
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1440, height: 900 },
      serviceWorkers: 'block',
    });
    // Routing sees the page's and its workers' requests; recording happens here and in the request event
    // (which also sees requests that routing does not, such as navigations to other origins).
    await context.route(
      (url) => isExternalUrl(url.href),
      async (route) => {
        externalRequests.push(route.request().url());
        await route.abort('blockedbyclient');
      },
    );
    context.on('request', (request) => {
      const url = request.url();
      if (isExternalUrl(url) && !externalRequests.includes(url)) externalRequests.push(url);
    });
    // Page and worker console messages both arrive here; worker() tells them apart.
    context.on('console', (message) => {
      if (message.type() !== 'error') return;
      const worker = message.worker();
      consoleErrors.push(`${worker ? `[worker ${worker.url()}] ` : ''}${describeConsole(message)}`);
    });
    context.on('weberror', (error) => {
      pageErrors.push(error.error().stack ?? error.error().message);
    });
    const page = await context.newPage();
    return {
      browser,
      context,
      page,
      externalRequests,
      consoleErrors,
      pageErrors,
      problems: () => [
        ...externalRequests.map((url) => `external request: ${url}`),
        ...consoleErrors.map((text) => `console error: ${text}`),
        ...pageErrors.map((text) => `page error: ${text}`),
      ],
      close: async () => {
        await context.close();
        await browser.close();
      },
    };
  } catch (error: unknown) {
    await browser.close();
    throw error;
  }
}
