import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Node loads `graphql` by its "main" field (the CommonJS build), for the service and for every library that
// uses it (Apollo, graphql-tools, graphql-scalars, graphql-query-complexity). Vite would hand the files it
// transforms (src and test) the "module" build instead: a second copy whose instanceof checks reject the
// schema's own types. Resolving it the way Node does gives tests the one copy production runs with.
const graphqlMain = createRequire(import.meta.url).resolve('graphql');

// Two tiers: `unit` needs nothing; `integration` (Cypher, HTTP API, browser, end to end) shares one real Neo4j
// that the global setup finds or starts and stops again when the run ends.
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlMain }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
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
