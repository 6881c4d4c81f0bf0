import { defineConfig } from 'vitest/config';

// Node resolves `import 'graphql'` to its CommonJS build (graphql 16 has no exports map), and so do Apollo
// and graphql-tools under Vitest; Vite would hand our own files the ESM build, a second copy whose instanceof
// checks reject the first's types. Resolving it as Node does keeps one copy, as in production.
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

// Two tiers: `unit` needs nothing; `integration` (Cypher, HTTP API, browser, end to end) shares one real Neo4j
// that the global setup finds or starts and stops again when the run ends.
export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: [
            'test/cypher/**/*.test.ts',
            'test/api/**/*.test.ts',
            'test/browser/**/*.test.ts',
            'test/e2e/**/*.test.ts',
          ],
          globalSetup: ['test/setup/neo4j-global.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
