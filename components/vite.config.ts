import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Built by scripts/build-bundles.ts into components/dist, served by src/http/dashboard.ts: the custom elements
// at /components/kg-components.js (a stable name pages embed), the demo page at /dashboard.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/components/',
  publicDir: false,
  clearScreen: false,
  // The bundle is always a production one, even when built from inside vitest (NODE_ENV=test).
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    // Cytoscape and its layout are most of the bundle; they are what the graph needs.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      input: {
        'kg-components': fileURLToPath(new URL('src/index.ts', import.meta.url)),
        dashboard: fileURLToPath(new URL('dashboard.html', import.meta.url)),
      },
      // Pages embed the components by a fixed URL; everything else is content-hashed (cached for a year).
      output: {
        entryFileNames: (chunk) =>
          chunk.name === 'kg-components' ? 'kg-components.js' : 'assets/[name]-[hash].js',
      },
      preserveEntrySignatures: 'exports-only',
    },
  },
});
