// The pipeline's database-free stages composed (parse → segment → link → candidates): one article through
// all of them, and the invariants the write stage relies on.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/ingest/analyse.js';
import { createLinker } from '../../src/ingest/linker.js';

const linker = createLinker([
  { id: 'org/nordwind', kind: 'Organisation', name: 'Nordwind Airlines', aliases: [] },
  { id: 'place/pyongyang', kind: 'Place', name: 'Pyongyang', aliases: [] },
  { id: 'place/moscow', kind: 'Place', name: 'Moscow', aliases: [] },
  { id: 'person/kozlov', kind: 'Person', name: 'Alexander Kozlov', aliases: [] },
]);

const RAW = [
  'Nordwind Flies Moscow To Pyongyang',
  '',
  'MOSCOW, July 28 (Reuters) - Natural Resources Minister Alexander Kozlov flew to Pyongyang on a Nordwind jet.',
  '',
  'Kozlov was met by Ri Il-hwan. A Nordwind Airlines jet at the airport. (Photo: Getty Images/Anadolu Agency)',
].join('\n');

describe('analyseArticle', () => {
  const { article, sentences, zones, mentions, candidates } = analyseArticle(RAW, undefined, linker, 'x.txt');

  it('links the headline, the dateline’s place and the body, learning the short form and the family name', () => {
    expect(sentences[0]?.text).toBe('Nordwind Flies Moscow To Pyongyang');
    expect(mentions.map((m) => `${m.surface}${m.learnt ? ` [${m.learnt}]` : ''}`)).toEqual([
      'Nordwind [short-form]',
      'Moscow',
      'Pyongyang',
      'MOSCOW',
      'Alexander Kozlov',
      'Pyongyang',
      'Nordwind [short-form]',
      'Kozlov [family-name]',
      'Nordwind Airlines',
    ]);
  });

  it('proposes the dateline’s agency and the new person, and nothing from the credit or the role', () => {
    expect(zones.zones.map((z) => z.kind)).toEqual(['dateline', 'credit']);
    expect(candidates.map((c) => `${c.name} (${c.category})`)).toEqual([
      'Reuters (news_agency)',
      'Ri Il-hwan (person)',
    ]);
  });

  it('gives every mention and candidate offsets into the one text, inside its sentence', () => {
    for (const found of [...mentions.map((m) => ({ ...m, name: m.surface })), ...candidates]) {
      expect(article.text.slice(found.start, found.end)).toBe(found.name);
      const sentence = sentences[found.sentenceIndex];
      expect(found.start).toBeGreaterThanOrEqual(sentence?.start ?? Infinity);
      expect(found.end).toBeLessThanOrEqual(sentence?.end ?? -1);
    }
    for (const c of candidates)
      expect(mentions.every((m) => m.end <= c.start || c.end <= m.start)).toBe(true);
  });
});
