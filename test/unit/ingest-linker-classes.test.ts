// The linking classes of issue 8 §1, each on made-up sentences and a made-up world: what links, what it
// learnt, and what must not link.
import { describe, expect, it } from 'vitest';
import { createLinker, type LinkableEntity } from '../../src/ingest/linker.js';
import { splitSentences } from '../../src/ingest/sentences.js';

const world: LinkableEntity[] = [
  { id: 'org/baikal', kind: 'Organisation', name: 'Baikal Wings Airlines', aliases: [] },
  { id: 'org/aurora', kind: 'Organisation', name: 'Aurora', aliases: [] },
  { id: 'org/amur-post', kind: 'Organisation', name: 'Amur Post', aliases: [] },
  { id: 'org/ru-mfa', kind: 'Organisation', name: 'Russian Foreign Ministry', aliases: [] },
  { id: 'org/kp-mfa', kind: 'Organisation', name: 'North Korean Foreign Ministry', aliases: [] },
  { id: 'org/ru-rail', kind: 'Organisation', name: 'Russian Railways', aliases: [] },
  {
    id: 'org/commission',
    kind: 'Organisation',
    name: 'Joint Committee for Cooperation in Fisheries, Forestry, and Mining',
    aliases: [],
  },
  { id: 'place/khasan-airport', kind: 'Place', name: 'Khasan Airport', aliases: [] },
  { id: 'place/russia', kind: 'Place', name: 'Russia', aliases: [] },
  { id: 'place/north-korea', kind: 'Place', name: 'North Korea', aliases: [] },
  { id: 'place/china', kind: 'Place', name: 'China', aliases: [] },
  { id: 'place/us', kind: 'Place', name: 'United States', aliases: ['US'] },
  { id: 'place/tumen', kind: 'Place', name: 'Tumen', aliases: [] },
  { id: 'place/vladivostok', kind: 'Place', name: 'Vladivostok', aliases: [] },
  { id: 'person/ri', kind: 'Person', name: 'Ri Chol-man', aliases: [] },
  { id: 'person/pak', kind: 'Person', name: 'Pak Kyong-su', aliases: [] },
  { id: 'person/orlov', kind: 'Person', name: 'Dmitry Orlov', aliases: [] },
  { id: 'person/gromova', kind: 'Person', name: 'Irina Gromova', aliases: [] },
];
const linker = createLinker(world);

/** "surface → id [learnt]" for each mention. */
function link(text: string): string[] {
  return linker
    .link(text, splitSentences(text))
    .map((m) => `${m.surface} → ${m.entityId}${m.learnt === null ? '' : ` [${m.learnt}]`}`);
}

describe('organisation names used loosely', () => {
  it('links the distinctive word alone or with a generic noun, and records the short form', () => {
    expect(link('Baikal Wings said the Baikal Wings carrier and its crews would fly.')).toContain(
      'Baikal Wings → org/baikal [short-form]',
    );
    expect(link('Aurora Airlines and the Aurora carrier will fly.')).toEqual([
      'Aurora Airlines → org/aurora [designator]',
      'Aurora → org/aurora',
    ]);
  });

  it('links names with designators added or dropped, reordered, or with the country as an adjective', () => {
    expect(link('Khasan International Airport reopened.')).toEqual([
      'Khasan International Airport → place/khasan-airport [designator]',
    ]);
    expect(link('The Ministry of Foreign Affairs of Russia and the DPRK Foreign Ministry spoke.')).toEqual([
      'Ministry of Foreign Affairs of Russia → org/ru-mfa [designator]',
      'DPRK Foreign Ministry → org/kp-mfa [gazetteer]',
    ]);
    expect(link('North Korea’s Foreign Ministry said nothing.')).toEqual([
      'North Korea → place/north-korea',
      'Foreign Ministry → org/kp-mfa [designator]',
    ]);
    expect(link('The Joint Commission for Cooperation in Fisheries, Forestry and Mining met.')).toEqual([
      'Joint Commission for Cooperation in Fisheries, Forestry and Mining → org/commission [designator]',
    ]);
  });

  it('links official long forms and abbreviations of country names from the gazetteer', () => {
    expect(
      link("The Russian Federation, the Democratic People's Republic of Korea and the PRC signed."),
    ).toEqual([
      'Russian Federation → place/russia [gazetteer]',
      "Democratic People's Republic of Korea → place/north-korea [gazetteer]",
      'PRC → place/china [gazetteer]',
    ]);
    expect(link('N. Korea and the D.P.R.K. are one.')).toEqual([
      'N. Korea → place/north-korea [gazetteer]',
      'D.P.R.K. → place/north-korea [gazetteer]',
    ]);
  });

  it('corrects a one-letter misspelling of a long name, and records it', () => {
    expect(link('Flights to Vladivostock resume.')).toEqual([
      'Vladivostock → place/vladivostok [misspelling]',
    ]);
  });
});

describe('people’s names', () => {
  it('links Korean names in other romanisations, with or without hyphens and spaces', () => {
    expect(link('Ri Chol Man met Pak Kyeong-su and Park Kyongsu.')).toEqual([
      'Ri Chol Man → person/ri',
      'Pak Kyeong-su → person/pak [romanisation]',
      'Park Kyongsu → person/pak [romanisation]',
    ]);
  });

  it('links initials before or after the family name, and a patronymic in between', () => {
    expect(link('D. Orlov, D.A.Orlov, Orlov D.A. and Dmitry Andreyevich Orlov agreed.')).toEqual([
      'D. Orlov → person/orlov [initials]',
      'D.A.Orlov → person/orlov [initials]',
      'Orlov D.A → person/orlov [initials]',
      'Dmitry Andreyevich Orlov → person/orlov [patronymic]',
    ]);
  });

  it('links a family name alone only after the full name, and records what it learnt', () => {
    expect(link('Orlov said so.')).toEqual([]);
    expect(link('Dmitry Orlov arrived. Orlov said so.')).toEqual([
      'Dmitry Orlov → person/orlov',
      'Orlov → person/orlov [family-name]',
    ]);
  });
});

describe('precision', () => {
  it('does not link a known name inside a longer unknown one', () => {
    expect(link('The Vladivostok Times and Tumen River Bridge Company said so.')).toEqual([]);
    expect(link('Khasan Airport Hotel opened.')).toEqual([]);
    expect(link('The Amur Post Office reopened.')).toEqual([]);
  });

  it('keeps namesakes apart: another Orlov, and a family name shared with an unknown person', () => {
    expect(link('Pavel Orlov, no relation, spoke.')).toEqual([]);
    expect(link('Dmitry Orlov and Pavel Orlov met. Orlov said.')).toEqual(['Dmitry Orlov → person/orlov']);
    expect(link('Irina Gromova met Ri Chol Su.')).toEqual(['Irina Gromova → person/gromova']);
  });

  it('reads a lone family name as the last person named in full with it', () => {
    expect(link('Ri Chol-man arrived. Ri spoke, and Ri Yong Ho listened. Ri left.')).toEqual([
      'Ri Chol-man → person/ri',
      'Ri → person/ri [family-name]',
    ]);
    // One letter off the known name is a misspelling of it, not a namesake.
    expect(link('Ri Chol-man and Ri Chol-mann came. Ri left.')).toContain('Ri → person/ri [family-name]');
  });

  it('links no common word, lower-case word or country word by a short form', () => {
    expect(link('Russian railways and the foreign ministry said the post would reopen.')).toEqual([]);
    expect(link('Wings, Airlines and Post are words.')).toEqual([]);
    expect(link('China said so.')).toEqual(['China → place/china']);
  });

  it('does not take a currency for its country', () => {
    expect(link('US trade with China reached US$2.2 billion.')).toEqual([
      'US → place/us',
      'China → place/china',
    ]);
  });

  it('does not correct short words or words two letters away', () => {
    expect(link('Tuman and Vladyvostock are elsewhere.')).toEqual([]);
  });
});
