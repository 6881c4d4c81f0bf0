// The analysis worker thread gives exactly what analysing on the main thread gives (the write step cannot tell
// them apart), reports each article, and builds its linker once per entity-list version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ServiceEvents } from '../../src/events.js';
import { analyseArticle } from '../../src/ingest/analyse.js';
import { createLinker, type LinkableEntity } from '../../src/ingest/linker.js';
import { AnalysisPool } from '../../src/ingest/worker/analysis-pool.js';

const events = new ServiceEvents();
const analysed: { bytes: number; ok: boolean }[] = [];
events.on('articleAnalysed', (e) => analysed.push(e));
const pool = new AnalysisPool(1, events);
afterAll(() => pool.close());

const raw = readFileSync(join(import.meta.dirname, '../../data/corpus/000_858c5770a7d0bd77.txt'), 'utf8');
const putin: LinkableEntity = {
  id: 'person/vladimir-putin',
  kind: 'Person',
  name: 'Vladimir Putin',
  aliases: ['Putin'],
  standaloneAliases: ['Putin'],
};

describe('analysis on a worker thread', () => {
  it('gives what the main thread gives, and reports the article', async () => {
    const onThread = await pool.analyse({
      raw,
      meta: undefined,
      source: 'a.txt',
      linker: { version: 1, entities: [putin] },
    });
    const here = analyseArticle(raw, undefined, createLinker([putin]), 'a.txt');
    expect(onThread).toEqual(JSON.parse(JSON.stringify(here)));
    expect(onThread.mentions.map((m) => m.entityId)).toContain(putin.id);
    expect(analysed).toContainEqual(expect.objectContaining({ bytes: Buffer.byteLength(raw), ok: true }));
    // The first article starts the thread, which loads the pipeline's modules: seconds on a busy machine.
  }, 60_000);

  it('links against the entity list of the version it is given', async () => {
    const without = await pool.analyse({
      raw,
      meta: undefined,
      source: 'a.txt',
      linker: { version: 2, entities: [] },
    });
    expect(without.mentions).toEqual([]);
    const again = await pool.analyse({
      raw,
      meta: undefined,
      source: 'a.txt',
      linker: { version: 3, entities: [putin] },
    });
    expect(again.mentions.length).toBeGreaterThan(0);
  });
});
