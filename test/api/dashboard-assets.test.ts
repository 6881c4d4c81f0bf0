// What the service serves for dashboards over real HTTP: the components bundle under a stable URL that pages on
// other origins may load (module scripts are fetched with CORS), hashed assets cached for a year, the demo
// page under a strict Content-Security-Policy, and a clear 503 while the bundle is not built.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildComponents } from '../../scripts/build-bundles.js';
import { loadConfig } from '../../src/config.js';
import { DASHBOARD_CSP, dashboardRouter } from '../../src/http/dashboard.js';
import type { RunningService } from '../../src/service.js';
import { startTestService } from '../support/service.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

let service: RunningService;
let restricted: RunningService;

beforeAll(async () => {
  await buildComponents();
  service = await startTestService();
  restricted = await startTestService({ CORS_ORIGINS: 'https://dash.example' });
});
afterAll(async () => {
  await Promise.all([service.stop(), restricted.stop()]);
});

describe('components and dashboard', () => {
  it('serves the components at a stable URL, revalidated, loadable from other origins', async () => {
    const res = await fetch(`${service.url}/components/kg-components.js`, {
      headers: { origin: 'https://analyst.example' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const entry = await res.text();
    // The entry re-exports the elements from a content-hashed chunk, which is cached for good.
    const chunk = /from"\.\/(assets\/[^"]+\.js)"/.exec(entry)?.[1];
    expect(chunk).toBeDefined();
    const asset = await fetch(`${service.url}/components/${chunk ?? ''}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // fetch asks for gzip (and unpacks it): the bundle travels compressed.
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(await asset.text()).toContain('kg-graph');
  });

  it('lets only the configured origins load the components when CORS_ORIGINS is set', async () => {
    const allowed = await fetch(`${restricted.url}/components/kg-components.js`, {
      headers: { origin: 'https://dash.example' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dash.example');
    expect(allowed.headers.get('vary')).toMatch(/origin/i);
    const other = await fetch(`${restricted.url}/components/kg-components.js`, {
      headers: { origin: 'https://elsewhere.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the dashboard page under a CSP that allows this origin only', async () => {
    const res = await fetch(`${service.url}/dashboard`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(DASHBOARD_CSP);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const html = await res.text();
    expect(html).toContain('<kg-graph');
    expect(html).toContain('<kg-timeline');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    const missing = await fetch(`${service.url}/components/assets/no-such-file.js`);
    expect(missing.status).toBe(404);
  });

  it('answers 503 with the build command while the bundle is missing', async () => {
    const app = express();
    app.use(
      dashboardRouter({
        config: loadConfig({}),
        distDir: join(repoRoot, 'var', 'no-such-components-dist'),
      }),
    );
    const http = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => http.once('listening', resolve));
    try {
      const { port } = http.address() as AddressInfo;
      for (const path of ['/dashboard', '/components/kg-components.js']) {
        const res = await fetch(`http://127.0.0.1:${port}${path}`);
        expect(res.status, path).toBe(503);
        expect(await res.text()).toContain('npm run build:components');
      }
    } finally {
      await new Promise<void>((resolve) => {
        http.close(() => {
          resolve();
        });
      });
    }
  });
});
