import { describe, expect, it } from 'vitest';
import { seedDecision } from '../../src/ingest/seed.js';

describe('seedDecision', () => {
  it('seeds an empty graph, resumes an unfinished run, leaves a loaded graph alone', () => {
    expect(seedDecision({ Entity: 0, Article: 0 }, null)).toBe('seed');
    expect(seedDecision({}, undefined)).toBe('seed');
    expect(seedDecision({ Entity: 74, Article: 3 }, 'started')).toBe('resume');
    expect(seedDecision({ Entity: 0, Article: 0 }, 'started')).toBe('resume');
    expect(seedDecision({ Entity: 74, Article: 5 }, 'complete')).toBe('skip');
    // Filled by other means (or seeded before runs were recorded): never loaded over.
    expect(seedDecision({ Entity: 3, Article: 0 }, null)).toBe('skip');
    expect(seedDecision({ Entity: 0, Article: 1 }, null)).toBe('skip');
  });
});
