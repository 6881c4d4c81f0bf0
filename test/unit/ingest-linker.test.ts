import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLinker, type LinkableEntity, type Mention } from '../../src/ingest/linker.js';
import { readManifest } from '../../src/ingest/manifest.js';
import { parseArticle } from '../../src/ingest/parse.js';
import { splitSentences } from '../../src/ingest/sentences.js';

const entities: LinkableEntity[] = [
  { id: 'person/oleg-panteleev', kind: 'Person', name: 'Oleg Panteleev', aliases: ['Panteleev'] },
  { id: 'person/kim-jong-un', kind: 'Person', name: 'Kim Jong Un', aliases: ['Kim'] },
  { id: 'person/kim-yo-jong', kind: 'Person', name: 'Kim Yo Jong', aliases: ['Kim'] },
  { id: 'person/sergei-lavrov', kind: 'Person', name: 'Sergei Lavrov', aliases: ['Lavrov'] },
  { id: 'person/sergei-shoigu', kind: 'Person', name: 'Sergei Shoigu', aliases: ['Shoigu'] },
  { id: 'person/alexander-kozlov', kind: 'Person', name: 'Alexander Kozlov', aliases: ['Kozlov'] },
  { id: 'person/yun-jong-ho', kind: 'Person', name: 'Yun Jong-ho', aliases: ['Yun'] },
  // A namesake with a different description: "Oleg" alone must never link to either.
  { id: 'person/oleg-ivanov', kind: 'Person', name: 'Oleg Ivanov', aliases: ['Oleg'] },
  {
    id: 'org/rosaviatsia',
    kind: 'Organisation',
    name: 'Federal Air Transport Agency',
    aliases: ['Rosaviatsiya', 'Federal Agency for Air Transport'],
  },
  { id: 'org/aviaport', kind: 'Organisation', name: 'AviaPort', aliases: [] },
  { id: 'org/aurora', kind: 'Organisation', name: 'Aurora', aliases: [] },
  { id: 'org/russian-post', kind: 'Organisation', name: 'Russian Post', aliases: ['Post'] },
  { id: 'org/air-koryo', kind: 'Organisation', name: 'Air Koryo', aliases: [] },
  { id: 'place/north-korea', kind: 'Place', name: 'North Korea', aliases: ['DPRK'] },
  { id: 'place/us', kind: 'Place', name: 'United States', aliases: ['US', 'U.S.'] },
  { id: 'place/pyongyang', kind: 'Place', name: 'Pyongyang', aliases: [] },
  { id: 'place/pyongyang-airport', kind: 'Place', name: 'Pyongyang International Airport', aliases: [] },
];
const linker = createLinker(entities);

const corpusDir = loadConfig().corpusDir;
const manifest = await readManifest(corpusDir);

async function linkCorpus(prefix: string): Promise<{ text: string; mentions: Mention[] }> {
  const meta = manifest.find((entry) => entry.file.startsWith(prefix));
  if (meta === undefined) throw new Error(`no manifest entry for ${prefix}`);
  const { text } = parseArticle(await readFile(join(corpusDir, meta.file), 'utf8'), meta);
  return { text, mentions: linker.link(text, splitSentences(text)) };
}

function linkText(text: string): Mention[] {
  return linker.link(text, splitSentences(text));
}

const surfacesOf = (mentions: readonly Mention[], id: string): string[] =>
  mentions.filter((mention) => mention.entityId === id).map((mention) => mention.surface);

describe('linker on the corpus', () => {
  it('links Panteleyev (001) and Panteleev (002) to one entity', async () => {
    expect(surfacesOf((await linkCorpus('001')).mentions, 'person/oleg-panteleev')).toEqual([
      'Oleg Panteleyev',
    ]);
    expect(surfacesOf((await linkCorpus('002')).mentions, 'person/oleg-panteleev')).toEqual([
      'Oleg Panteleev',
    ]);
  });

  it('links Kim Jong-un and Kim Jong Un, and Sergey and Sergei Lavrov', async () => {
    const { mentions } = await linkCorpus('002');
    expect(surfacesOf(mentions, 'person/kim-jong-un')).toEqual(['Kim Jong-un', 'Kim Jong Un']);
    expect(surfacesOf(mentions, 'person/sergei-lavrov')).toEqual(['Sergei Lavrov']);
    expect(surfacesOf((await linkCorpus('001')).mentions, 'person/sergei-lavrov')).toEqual(['Sergey Lavrov']);
  });

  it('links Rosaviatsia (001) and the agency’s full name (002) to one entity', async () => {
    expect(surfacesOf((await linkCorpus('001')).mentions, 'org/rosaviatsia')).toEqual(['Rosaviatsia']);
    expect(surfacesOf((await linkCorpus('002')).mentions, 'org/rosaviatsia')).toEqual([
      'Federal Air Transport Agency',
    ]);
  });

  it('links AviaPort in either casing', async () => {
    expect(surfacesOf((await linkCorpus('001')).mentions, 'org/aviaport')).toEqual(['AviaPort']);
    expect(surfacesOf((await linkCorpus('002')).mentions, 'org/aviaport')).toEqual(['Aviaport']);
  });

  it('does not link a lone "Oleg" (000) to any Oleg', async () => {
    const { mentions } = await linkCorpus('000');
    expect(mentions.filter((mention) => mention.surface.startsWith('Oleg'))).toEqual([]);
  });

  it('links surnames only where the full name appears, and resolves the shared "Kim"', async () => {
    const { mentions } = await linkCorpus('003');
    expect(surfacesOf(mentions, 'person/sergei-shoigu')).toEqual([
      'Sergei Shoigu',
      'Shoigu',
      'Shoigu',
      'Sergei Shoigu',
    ]);
    expect(surfacesOf(mentions, 'person/kim-jong-un')).toEqual(['Kim Jong Un', 'Kim Jong Un', 'Kim']);
    expect(surfacesOf(mentions, 'person/kim-yo-jong')).toEqual([]);
    const yun = surfacesOf((await linkCorpus('004')).mentions, 'person/yun-jong-ho');
    expect(yun).toEqual(['Yun Jong-ho', 'Yun', 'Yun']);
  });

  it('reports offsets, sentence indexes and original spellings', async () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const { text, mentions } = await linkCorpus(prefix);
      const sentences = splitSentences(text);
      for (const mention of mentions) {
        expect(text.slice(mention.start, mention.end)).toBe(mention.surface);
        const sentence = sentences[mention.sentenceIndex];
        expect(sentence).toBeDefined();
        expect(mention.start).toBeGreaterThanOrEqual(sentence?.start ?? Infinity);
        expect(mention.end).toBeLessThanOrEqual(sentence?.end ?? -1);
      }
      const starts = mentions.map((mention) => mention.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });
});

describe('linker rules', () => {
  it('prefers the longest match', () => {
    expect(linkText('They landed at Pyongyang International Airport.').map((m) => m.entityId)).toEqual([
      'place/pyongyang-airport',
    ]);
  });

  it('never links a surname without the full name in the same text', () => {
    expect(linkText('Kozlov arrived. Kim waved. Shoigu spoke.')).toEqual([]);
  });

  it('does not guess between namesakes sharing an alias', () => {
    expect(linkText('Kim Yo Jong spoke, then Kim left.').map((m) => `${m.surface}:${m.entityId}`)).toEqual([
      'Kim Yo Jong:person/kim-yo-jong',
      'Kim:person/kim-yo-jong',
    ]);
    // Both named in full: "Kim" stays unresolved.
    expect(linkText('Kim Yo Jong met Kim Jong Un. Kim said no.').map((m) => m.surface)).toEqual([
      'Kim Yo Jong',
      'Kim Jong Un',
    ]);
  });

  it('needs capitals: common words and lower-case text never link', () => {
    expect(linkText('The aurora was bright; the post arrived; they told us.')).toEqual([]);
    expect(linkText('Russian Post said the Post office opened.').map((m) => m.surface)).toEqual([
      'Russian Post',
    ]);
    expect(linkText('The US and the U.S. agreed.').map((m) => m.surface)).toEqual(['US', 'U.S.']);
  });

  it('does not join a name across punctuation or sentences', () => {
    // "Koryo" alone is Air Koryo's short form; "Air, Koryo" is not the airline's name.
    expect(linkText('Air, Koryo.').map((m) => m.surface)).toEqual(['Koryo']);
    expect(linkText('North. Korea.')).toEqual([]);
  });

  it('matches hyphen, apostrophe and diacritic variants', () => {
    const text =
      'Pyongyang’s mayor met Yun Jong Ho; Rosaviatsiya and the Federal Agency for Air Transport agreed.';
    expect(linkText(text).map((m) => m.surface)).toEqual([
      'Pyongyang',
      'Yun Jong Ho',
      'Rosaviatsiya',
      'Federal Agency for Air Transport',
    ]);
  });

  it('links an official name that is a list, with or without its serial comma, and only with its commas', () => {
    const committee = createLinker([
      {
        id: 'org/committee',
        kind: 'Organisation',
        name: 'Intergovernmental Committee for Cooperation in Trade, Economy, Science, and Technology',
        aliases: ['Intergovernmental Committee'],
      },
    ]);
    const link = (text: string) => committee.link(text, splitSentences(text)).map((m) => m.surface);
    expect(
      link(
        'Both co-chair the Intergovernmental Committee for Cooperation in Trade, Economy, Science, and Technology.',
      ),
    ).toEqual(['Intergovernmental Committee for Cooperation in Trade, Economy, Science, and Technology']);
    expect(
      link('The Intergovernmental Committee for Cooperation in Trade, Economy, Science and Technology met.'),
    ).toEqual(['Intergovernmental Committee for Cooperation in Trade, Economy, Science and Technology']);
    // Without the commas the words are not the list name; the short name still links.
    expect(link('The Intergovernmental Committee for Cooperation in Trade Economy Science met.')).toEqual([
      'Intergovernmental Committee',
    ]);
  });

  it('knows every alias key, linkable alone or not', () => {
    expect(linker.knows('oleg')).toBe(true);
    expect(linker.knows('post')).toBe(true);
    expect(linker.knows('oleg panteleev')).toBe(true);
    expect(linker.knows('oleg petrov')).toBe(false);
  });

  it('lets the text spell a word in lower case only where some spelling of the name does', () => {
    const airport = createLinker([
      {
        id: 'place/airport',
        kind: 'Place',
        name: 'Pyongyang International Airport',
        aliases: ['Pyongyang Airport', 'Pyongyang airport'],
      },
      { id: 'org/rail', kind: 'Organisation', name: 'Russian Railways', aliases: [] },
    ]);
    const text = 'Putin left Pyongyang airport. Russian railways are old; Russian Railways are not.';
    expect(airport.link(text, splitSentences(text)).map((m) => m.surface)).toEqual([
      'Pyongyang airport',
      'Russian Railways',
    ]);
  });
});
