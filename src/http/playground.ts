// Serves the bundled, offline GraphiQL playground (built by scripts/build-bundles.ts into playground/dist)
// at /playground, and sends browsers that open the GraphQL URL itself there.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { repoRoot } from '../config.js';

export const PLAYGROUND_PATH = '/playground';
const GRAPHQL_PATH = '/graphql';

/** playground/dist under the repository (see config.ts repoRoot: the same from src/ and from dist/src/). */
export const DEFAULT_PLAYGROUND_DIST = join(repoRoot, 'playground', 'dist/');

/**
 * Only this origin's scripts, styles and workers. Styles also need 'unsafe-inline': Monaco writes its theme
 * and decoration rules into <style> elements it creates at run time and has no nonce support. Fonts are
 * data: URIs inside the bundled CSS; images are data: SVG icons.
 */
export const PLAYGROUND_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_BUILT =
  'The GraphQL playground has not been built (playground/dist/index.html is missing): ' +
  'run npm run build:playground\n';

function securityHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', PLAYGROUND_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
}

export interface PlaygroundOptions {
  /** The built bundle; defaults to playground/dist in this repository. */
  distDir?: string;
}

/**
 * Mount at the application root: `app.use(playgroundRouter())`. Serves `/playground/` (index.html, never
 * cached) and `/playground/assets/*` (content-hashed, cached for a year). Answers 503 with a hint while
 * the bundle is missing; the check runs per request, so building after start-up needs no restart.
 */
export function playgroundRouter(options: PlaygroundOptions = {}): Router {
  const distDir = options.distDir ?? DEFAULT_PLAYGROUND_DIST;
  const indexFile = join(distDir, 'index.html');
  const router = express.Router({ caseSensitive: true, strict: false });

  router.use(PLAYGROUND_PATH, (_req, res, next) => {
    securityHeaders(res);
    if (existsSync(indexFile)) {
      next();
      return;
    }
    res.status(503).type('text/plain').setHeader('Cache-Control', 'no-store').send(NOT_BUILT);
  });

  router.use(
    PLAYGROUND_PATH,
    express.static(distDir, {
      index: 'index.html',
      // /playground → /playground/ so the page's relative URLs resolve under it.
      redirect: true,
      dotfiles: 'ignore',
      fallthrough: true,
      setHeaders(res, path) {
        const hashed = path.startsWith(join(distDir, 'assets'));
        res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );

  // Anything else under /playground (a stale asset name after a rebuild, a typo) is a plain 404, not a
  // fall-through into the rest of the application.
  router.use(PLAYGROUND_PATH, (_req, res) => {
    res.status(404).type('text/plain').setHeader('Cache-Control', 'no-store').send('Not found\n');
  });

  return router;
}

/**
 * True for a browser opening the GraphQL URL: a GET (or HEAD) of /graphql that prefers text/html over JSON.
 * GraphQL clients (fetch, curl, Apollo) send `application/json`, `application/graphql-response+json` or
 * `*\/*`, which rank JSON first, so they still reach the GraphQL handler.
 */
export function wantsPlayground(req: Request): boolean {
  return isGraphqlGet(req) && prefersHtml(req);
}

function isGraphqlGet(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = req.originalUrl.split('?', 1)[0] ?? '';
  return path === GRAPHQL_PATH || path === `${GRAPHQL_PATH}/`;
}

function prefersHtml(req: Request): boolean {
  return req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
}

/**
 * Mount before the GraphQL handler: `app.use(playgroundRedirect())`. Redirects browsers (see
 * wantsPlayground) from /graphql to /playground/ and lets everything else through.
 */
export function playgroundRedirect(): RequestHandler {
  return (req, res, next) => {
    if (!isGraphqlGet(req)) {
      next();
      return;
    }
    // The answer to GET /graphql depends on Accept: keep shared caches from mixing the two.
    res.vary('Accept');
    if (prefersHtml(req)) {
      res.redirect(302, `${PLAYGROUND_PATH}/`);
      return;
    }
    next();
  };
}
