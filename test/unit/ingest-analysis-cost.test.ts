// Guards on the work the analysis does per article, counted rather than timed (timings on a shared machine
// say little): compromise parses an article once, whatever the number of rules reading its names, and a
// candidate name is respelt against the known names only where one of them could match.
import { describe, expect, it, vi } from 'vitest';
import { analyseArticle } from '../../src/ingest/analyse.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { buildIndex, type LinkableEntity } from '../../src/ingest/link/index.js';
import { suggestFor } from '../../src/ingest/link/suggest.js';
import { createLinker } from '../../src/ingest/linker.js';

/** Every text handed to compromise: whole texts for parsing, single words for their tags (cached). */
const parsed = vi.hoisted((): string[] => []);
vi.mock('compromise', async (importOriginal) => {
  const { default: nlp } = await importOriginal<typeof import('compromise')>();
  return {
    default: new Proxy(nlp, {
      apply(target, thisArg, args: unknown[]) {
        if (typeof args[0] === 'string') parsed.push(args[0]);
        return Reflect.apply(target, thisArg, args) as unknown;
      },
    }),
  };
});

const ENTITIES: LinkableEntity[] = [
  { id: 'org/nordwind', kind: 'Organisation', name: 'Nordwind Airlines', aliases: [] },
  { id: 'place/pyongyang', kind: 'Place', name: 'Pyongyang', aliases: [] },
  { id: 'place/moscow', kind: 'Place', name: 'Moscow', aliases: [] },
  { id: 'person/kozlov', kind: 'Person', name: 'Alexander Kozlov', aliases: [] },
  { id: 'person/kim', kind: 'Person', name: 'Kim Jong Un', aliases: [] },
];

const RAW = [
  'Nordwind Flies Moscow To Pyongyang',
  '',
  'MOSCOW, July 28 (Reuters) - Natural Resources Minister Alexander Kozlov flew to Pyongyang on a Nordwind jet.',
  'He met Kim Jung Un and Choe Son Hui, and Pavel Sidorenko of the Amur Transport Council said flights between Moscow and Pyongyang would resume.',
  '“The route is ready,” Ivan Belov, a spokesperson for Baikal Wings Airlines, told reporters in Vladivostok.',
].join('\n');

describe('what the analysis of one article costs', () => {
  it('parses the article with compromise once, however many stages read its names', () => {
    parsed.length = 0;
    const { article, candidates, proposals } = analyseArticle(RAW, undefined, createLinker(ENTITIES));
    expect(candidates.map((c) => c.name)).toContain('Pavel Sidorenko');
    expect(proposals.length).toBeGreaterThan(0);
    // Lone words are looked up for their tags; anything longer is a parse.
    expect(parsed.filter((text) => /\s/u.test(text.trim()))).toEqual([article.text]);
  });

  it('respells a candidate’s words only where a known name has the candidate’s other words', () => {
    const index = buildIndex(ENTITIES, loadGazetteer());
    const lookups = vi.spyOn(index.exact as Map<string, unknown>, 'get');
    // No known name shares a word with it: nothing to respell against (it was ~1,000 lookups, 500 a word).
    expect(suggestFor('Pavel Sidorenko', ['Person'], index)).toBeNull();
    expect(lookups.mock.calls.length).toBeLessThan(5);
    lookups.mockClear();
    // "Kim Jung Un" is "Kim Jong Un" but for one letter: still found, still by respelling.
    expect(suggestFor('Kim Jung Un', ['Person'], index)).toEqual({
      kind: 'alias',
      entityId: 'person/kim',
      reason: 'one letter from "Kim Jong Un"',
    });
    expect(lookups.mock.calls.length).toBeGreaterThan(0);
  });
});
