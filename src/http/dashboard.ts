// Serves the dashboard components (built by scripts/build-bundles.ts into components/dist): the custom elements
// at /components/kg-components.js for any page to embed, and the demo page at /dashboard.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import express, { type Response, type Router } from 'express';
import { repoRoot, type Config } from '../config.js';

export const COMPONENTS_PATH = '/components';
export const DASHBOARD_PATH = '/dashboard';

/** components/dist under the repository (see config.ts repoRoot: the same from src/ and from dist/src/). */
export const DEFAULT_COMPONENTS_DIST = join(repoRoot, 'components', 'dist/');

/** The name pages embed; it is not content-hashed, so browsers revalidate it. */
export const COMPONENTS_ENTRY = 'kg-components.js';

/**
 * The dashboard page loads only this origin's scripts and styles and talks to this origin only (HTTP and
 * WebSocket). Styles need 'unsafe-inline': the components style their shadow roots with <style> elements and
 * Cytoscape sizes its canvases with inline styles.
 */
export const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_BUILT =
  'The dashboard components have not been built (components/dist is missing): run npm run build:components\n';

export interface DashboardOptions {
  config: Pick<Config, 'http'>;
  /** The built bundle; defaults to components/dist in this repository. */
  distDir?: string;
}

function notBuilt(res: Response): void {
  res.status(503).type('text/plain').setHeader('Cache-Control', 'no-store').send(NOT_BUILT);
}

export function dashboardRouter(options: DashboardOptions): Router {
  const distDir = options.distDir ?? DEFAULT_COMPONENTS_DIST;
  const origins = options.config.http.corsOrigins;
  const router = express.Router({ caseSensitive: true, strict: false });
  // Cytoscape makes the bundle ~600 KB; gzip brings it to ~180 KB for dashboards on a slow link.
  router.use([COMPONENTS_PATH, DASHBOARD_PATH], compression());

  // Module scripts are fetched with CORS, so a page on another origin may load the components only if this
  // answer allows its origin (the same CORS_ORIGINS as /graphql).
  router.use(COMPONENTS_PATH, (req, res, next) => {
    const origin = req.headers.origin;
    if (origins.includes('*')) res.setHeader('Access-Control-Allow-Origin', '*');
    else if (origin !== undefined && origins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.vary('Origin');
    }
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (!existsSync(join(distDir, COMPONENTS_ENTRY))) {
      notBuilt(res);
      return;
    }
    next();
  });
  router.use(
    COMPONENTS_PATH,
    express.static(distDir, {
      index: false,
      redirect: false,
      dotfiles: 'ignore',
      setHeaders(res, path) {
        const hashed = path.startsWith(join(distDir, 'assets'));
        res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  router.use(COMPONENTS_PATH, (_req, res) => {
    res.status(404).type('text/plain').setHeader('Cache-Control', 'no-store').send('Not found\n');
  });

  router.get(DASHBOARD_PATH, (_req, res) => {
    const page = join(distDir, 'dashboard.html');
    res.setHeader('Content-Security-Policy', DASHBOARD_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (!existsSync(page)) {
      notBuilt(res);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(page);
  });

  return router;
}
