import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Built by scripts/build-bundles.ts into playground/dist, served by src/http/playground.ts at /playground/.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/playground/',
  publicDir: false,
  clearScreen: false,
  // Vite takes NODE_ENV from the calling process; built from inside vitest that is "test", which would
  // bundle React's development build. The bundle is always a production one.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Monaco is big; one warning per build about it is noise.
    chunkSizeWarningLimit: 6000,
    // Everything is a file under /playground/assets/ (nothing inlined as data: except what the CSS already had).
    assetsInlineLimit: 0,
    // GraphiQL's dependencies start modules with "use client" / "use no memo"; harmless in a bundle.
    rolldownOptions: { checks: { moduleLevelDirective: false } },
  },
  worker: { format: 'es' },
});
