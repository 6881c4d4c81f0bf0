import { defineConfig } from 'vitest/config';

// Node resolves `graphql` (no "exports" map) to its CommonJS build, and so do Apollo, graphql-tools and
// graphql-ws; Vite would pick the "module" build for our sources. Two copies of graphql cannot share a schema
// ("Cannot use GraphQLSchema from another module or realm"), so tests resolve it the way Node does.
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

// Two tiers: `unit` needs nothing; `integration` (Cypher, HTTP API, browser) shares one real Neo4j
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
          include: ['test/cypher/**/*.test.ts', 'test/api/**/*.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j-global.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
