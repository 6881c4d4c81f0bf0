// The sample corpus ships in the repository (data/corpus) so that a fresh clone needs nothing beside it.
// Where the team's folder it was copied from is there (../shared/corpus), the copies must not drift from it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { readManifest } from '../../src/ingest/manifest.js';

const shipped = join(repoRoot, 'data', 'corpus');
const team = join(repoRoot, '..', 'shared', 'corpus');
const corpusFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.txt') || name === 'manifest.json')
    .sort();

describe('the shipped corpus', () => {
  it('has five articles, each listed in its manifest', async () => {
    const articles = corpusFiles(shipped).filter((name) => name.endsWith('.txt'));
    expect(articles).toHaveLength(5);
    const listed = (await readManifest(shipped)).map((entry) => entry.file).sort();
    expect(listed).toEqual(articles);
  });

  it.skipIf(!existsSync(team))('is byte-identical to the team corpus it was copied from', () => {
    expect(corpusFiles(shipped)).toEqual(corpusFiles(team));
    for (const name of corpusFiles(team)) {
      expect(readFileSync(join(shipped, name)).equals(readFileSync(join(team, name))), name).toBe(true);
    }
  });
});
