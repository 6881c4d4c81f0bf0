import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { analyseArticle } from '../../src/ingest/analyse.js';
import { proposeCandidates, type Candidate } from '../../src/ingest/candidates.js';
import { createLinker } from '../../src/ingest/linker.js';
import { readManifest } from '../../src/ingest/manifest.js';
import { splitSentences } from '../../src/ingest/sentences.js';

const linker = createLinker([
  { id: 'person/alexander-kozlov', kind: 'Person', name: 'Alexander Kozlov', aliases: ['Kozlov'] },
  { id: 'place/pyongyang', kind: 'Place', name: 'Pyongyang', aliases: [] },
  { id: 'place/moscow', kind: 'Place', name: 'Moscow', aliases: [] },
  { id: 'place/north-korea', kind: 'Place', name: 'North Korea', aliases: [] },
  { id: 'place/russia', kind: 'Place', name: 'Russia', aliases: [] },
]);

const byName = (candidates: readonly Candidate[]): Record<string, string | null> =>
  Object.fromEntries(candidates.map((candidate) => [candidate.name, candidate.kindGuess]));

const SYNTHETIC = [
  'Ural Airlines will open a route from Yekaterinburg to Pyongyang, Transport Minister Roman Starovoit said.',
  'Meanwhile, the flights will depart from Koltsovo Airport twice a month. The Khabarovsk Railway Council approved ' +
    'the plan, and Governor Dmitry Demeshin welcomed it.',
  'Currently, Starovoit is visiting Moscow with Ural Airlines CEO Sergei Skuratov.',
].join('\n\n');

describe('proposeCandidates', () => {
  const sentences = splitSentences(SYNTHETIC);
  const mentions = linker.link(SYNTHETIC, sentences);
  const candidates = proposeCandidates(SYNTHETIC, sentences, mentions);

  it('proposes unknown people, organisations and places with a kind guess', () => {
    expect(byName(candidates)).toMatchObject({
      'Ural Airlines': 'Organisation',
      Yekaterinburg: 'Place',
      'Roman Starovoit': 'Person',
      'Koltsovo Airport': 'Place',
      'Khabarovsk Railway Council': 'Organisation',
      'Dmitry Demeshin': 'Person',
      'Sergei Skuratov': 'Person',
    });
  });

  it('skips linked names, sentence-initial common words, titles and repeats', () => {
    const names = candidates.map((candidate) => candidate.name);
    for (const name of ['Pyongyang', 'Moscow', 'Meanwhile', 'Currently', 'Transport Minister', 'Governor'])
      expect(names).not.toContain(name);
    // "Starovoit" alone is part of the full name already proposed; "Ural Airlines" is proposed once.
    expect(names).not.toContain('Starovoit');
    expect(names.filter((name) => name === 'Ural Airlines')).toHaveLength(1);
    expect(new Set(candidates.map((candidate) => candidate.key)).size).toBe(candidates.length);
  });

  it('ends a place at its head word but lets an organisation run on with of/for', () => {
    const text =
      'A rail car will leave Khasan Border Station for Moscow, the Amur Freight Committee for Cross-Border Trade said.';
    const s = splitSentences(text);
    const found = byName(proposeCandidates(text, s, linker.link(text, s)));
    expect(found).toMatchObject({
      'Khasan Border Station': 'Place',
      'Amur Freight Committee for Cross-Border Trade': 'Organisation',
    });
    expect(Object.keys(found).some((name) => name.includes('for Moscow'))).toBe(false);
  });

  it('never proposes a name that is already an entity’s name or alias, linked or not', () => {
    const known = createLinker([
      { id: 'person/oleg', kind: 'Person', name: 'Oleg', aliases: [] },
      { id: 'org/committee', kind: 'Organisation', name: 'Amur Freight Committee', aliases: [] },
    ]);
    // "Oleg" alone is too weak to link, and "Amur Freight Committee" links only in part of the longer span.
    const text = 'Oleg, an employee of the Amur Freight Committee, spoke. Ivan Petrov, a pilot, agreed.';
    const s = splitSentences(text);
    const names = proposeCandidates(text, s, known.link(text, s), { knows: (key) => known.knows(key) }).map(
      (c) => c.name,
    );
    expect(names).toContain('Ivan Petrov');
    expect(names).not.toContain('Oleg');
    expect(names).not.toContain('Amur Freight Committee');
  });

  it('gives offsets and sentence indexes into the text', () => {
    for (const candidate of candidates) {
      expect(SYNTHETIC.slice(candidate.start, candidate.end)).toBe(candidate.name);
      const sentence = sentences[candidate.sentenceIndex];
      expect(candidate.start).toBeGreaterThanOrEqual(sentence?.start ?? Infinity);
      expect(candidate.end).toBeLessThanOrEqual(sentence?.end ?? -1);
    }
  });

  it('never overlaps a linked mention', () => {
    for (const candidate of candidates) {
      for (const mention of mentions)
        expect(candidate.end <= mention.start || mention.end <= candidate.start).toBe(true);
    }
  });
});

describe('analyseArticle on the corpus', () => {
  it('proposes the names of 004 that the linker does not know, without surnames or noise', async () => {
    const dir = loadConfig().corpusDir;
    const meta = (await readManifest(dir)).find((entry) => entry.file.startsWith('004'));
    if (meta === undefined) throw new Error('no manifest entry for 004');
    const raw = await readFile(join(dir, meta.file), 'utf8');
    const { article, mentions, candidates } = analyseArticle(raw, meta, linker, meta.file);
    expect(article.source).toBe(meta.file);
    expect(mentions.some((mention) => mention.surface === 'Kozlov')).toBe(true);
    expect(byName(candidates)).toMatchObject({
      'Yun Jong-ho': 'Person',
      'Pak Thae-song': 'Person',
      'Nordwind Airlines': 'Organisation',
      'Sheremetyevo Airport': 'Place',
      'Pyongyang International Airport': 'Place',
      'Intergovernmental Committee for Cooperation in Trade, Economy, Science, and Technology':
        'Organisation',
    });
    const names = candidates.map((candidate) => candidate.name);
    for (const noise of ['Kozlov', 'Yun', 'Bilateral', 'Currently', 'Natural Resources', 'Moscow-Pyongyang'])
      expect(names).not.toContain(noise);
    // compromise's first parse of a long article takes seconds on a busy 2-core machine.
  }, 30_000);
});

describe('candidates an editor wants', () => {
  const world = createLinker([
    { id: 'person/kim-jong-un', kind: 'Person', name: 'Kim Jong Un', aliases: [] },
    { id: 'org/ru-mfa', kind: 'Organisation', name: 'Russian Foreign Ministry', aliases: [] },
    { id: 'org/kp-mfa', kind: 'Organisation', name: 'North Korean Foreign Ministry', aliases: [] },
    { id: 'place/pyongyang', kind: 'Place', name: 'Pyongyang', aliases: [] },
  ]);
  const analyse = (raw: string) => analyseArticle(raw, undefined, world).candidates;
  const summary = (candidates: readonly Candidate[]) =>
    candidates.map(
      (c) =>
        `${c.name} (${c.category}${c.variants.length > 0 ? `; also ${c.variants.map((v) => v.name).join(', ')}` : ''}${c.aliasOf ? `; alias of ${c.aliasOf.entityId}` : ''})`,
    );

  it('drops role words, adjectives of nationality, pieces of longer names and ambiguous known names', () => {
    const names = analyse(
      [
        'Ferry link to open soon',
        '',
        'Russian Natural Resources Minister Ivan Petrov and Russians in Pyongyang welcomed China Southern.',
        'The Foreign Ministry said nothing, but the North Korean side agreed.',
      ].join('\n'),
    ).map((c) => c.name);
    expect(names).toContain('Ivan Petrov');
    expect(names).toContain('China Southern');
    for (const junk of [
      'Russian Natural',
      'Natural Resources',
      'Russians',
      'China',
      'Foreign Ministry',
      'North Korean',
    ])
      expect(names).not.toContain(junk);
  });

  it('groups variants of one name and gives agencies, media and products their category', () => {
    expect(
      summary(
        analyse(
          [
            'BEIJING, May 3 (Reuters) – The Korean Central News Agency said a Tupolev Tu-204 landed.',
            'KCNA added that the Ministry of Transport and the Transport Ministry agreed, the Moscow Times said.',
          ].join('\n\n'),
        ),
      ),
    ).toEqual([
      'BEIJING (place)',
      'Reuters (news_agency)',
      'Korean Central News Agency (news_agency; also KCNA)',
      'Tupolev Tu-204 (product)',
      'Ministry of Transport (organisation; also Transport Ministry)',
      'Moscow Times (media)',
    ]);
  });

  it('proposes a near miss of a known name as its alias, with the reason', () => {
    const [candidate] = analyse('Meme pages\n\nFans of Kim Jung Un memes laughed.');
    expect(candidate?.name).toBe('Kim Jung Un');
    expect(candidate?.aliasOf).toEqual({
      entityId: 'person/kim-jong-un',
      reason: 'one letter from "Kim Jong Un"',
    });
  });

  it('takes nothing from a title-case headline that the article never repeats', () => {
    const names = analyse(
      'Regular Flights Resume After Long Pause\n\nFlights to Pyongyang resumed on Monday.',
    ).map((c) => c.name);
    expect(names).toEqual([]);
  });
});
