import { defineConfig } from 'vitest/config';

// Two tiers: `unit` needs nothing; `integration` (Cypher, HTTP API, browser, end to end) shares one real Neo4j
// that the global setup finds or starts and stops again when the run ends.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
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
