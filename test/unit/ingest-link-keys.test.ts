// Keys the linker indexes names under: loose keys of organisations and places, people's keys, corrections.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { bagKeys } from '../../src/ingest/link/bag.js';
import { bagItems } from '../../src/ingest/link/index.js';
import { createCountryFinder } from '../../src/ingest/link/countries.js';
import { correctWord } from '../../src/ingest/link/fuzzy.js';
import { familyName, foldKoreanGiven, isPatronymic, koreanKey } from '../../src/ingest/link/persons.js';
import { tokenize } from '../../src/ingest/names.js';

const gazetteer = loadGazetteer();
const countries = createCountryFinder(gazetteer);
const keysOf = (name: string) => bagKeys(bagItems(name, tokenize(name), countries));

describe('loose keys of organisation and place names', () => {
  it('drop designators and small words, unify synonyms, and ignore word order', () => {
    expect(keysOf('Sheremetyevo International Airport').loose).toBe(keysOf('Sheremetyevo Airport').loose);
    expect(keysOf('Ministry of Foreign Affairs of the DPRK').loose).toBe(
      keysOf('North Korean Foreign Ministry').loose,
    );
    expect(keysOf('Security Council of the Russian Federation').loose).toBe(
      keysOf('Russian Security Council').loose,
    );
    expect(keysOf('Intergovernmental Commission').loose).toBe(keysOf('Intergovernmental Committee').loose);
  });

  it('keep the country apart: Russian and North Korean ministries differ', () => {
    expect(keysOf('Russian Foreign Ministry').loose).not.toBe(keysOf('North Korean Foreign Ministry').loose);
    expect(keysOf('National Security Council').loose).not.toBe(keysOf('Security Council').loose);
  });

  it('give a company its short form without company words', () => {
    expect(keysOf('Nordwind Airlines').short).toBe('nordwind');
    expect(keysOf('Anadolu Agency').short).toBe('anadolu');
    // "Air China" keeps no word of its own once the country is a marker: no short form.
    expect(keysOf('Air China').distinctive).toEqual([]);
  });

  it('meet reworded long official names by their stems', () => {
    expect(
      keysOf('Intergovernmental Commission on Trade, Economic, Scientific and Technical Cooperation').stem,
    ).toBe(
      keysOf('Intergovernmental Committee for Cooperation in Trade, Economy, Science, and Technology').stem,
    );
    expect(keysOf('Air Koryo').stem).toBeNull();
  });
});

describe('people’s keys', () => {
  it('fold Korean romanisations of a given name to one form', () => {
    const one = (given: string) => foldKoreanGiven([given]);
    expect(one('Son-hui')).toBe(one('Seon-hui'));
    expect(one('Sŏn-hŭi')).toBe(one('Son Hui'));
    expect(one('Thae-song')).toBe(one('Tae-seong'));
    expect(one('Jong-un')).toBe(one('Jong-eun'));
    expect(one('Jongho')).toBe(one('Jong-ho'));
    expect(one('Jong-un')).not.toBe(one('Jong-il'));
  });

  it('key a Korean name by family name and given name, and nothing else', () => {
    const key = (name: string) => koreanKey(tokenize(name), gazetteer);
    expect(key('Pak Thae-song')).toBe(key("Pak T'ae-sŏng"));
    expect(key('Pak Thae-song')).toBe(key('Park Tae Song'));
    expect(key('Choe Son Hui')).toBe(key('Choi Seon-hui'));
    expect(key('Kim Jong Un')).not.toBe(key('Kim Yo Jong'));
    expect(key('Alexander Kozlov')).toBeUndefined();
  });

  it('read the family name first for Korean names and last otherwise', () => {
    expect(familyName(tokenize('Yun Jong-ho'), gazetteer)?.raw).toBe('Yun');
    expect(familyName(tokenize('Sergey Lavrov'), gazetteer)?.raw).toBe('Lavrov');
    expect(familyName(tokenize('Oleg'), gazetteer)).toBeUndefined();
  });

  it('recognise Russian patronymics', () => {
    const [, middle] = tokenize('Alexander Alexandrovich Kozlov');
    const [, notOne] = tokenize('Alexander Ivan Kozlov');
    expect(middle && isPatronymic(middle)).toBe(true);
    expect(notOne && isPatronymic(notOne)).toBe(false);
  });
});

describe('one-edit corrections', () => {
  const known = new Set(['vladivostok', 'sheremetevo', 'nordwind', 'panteleev']);

  it('correct an insertion, a deletion, a substitution and a transposition', () => {
    expect(correctWord('vladivostock', known)).toBe('vladivostok');
    expect(correctWord('sheremetievo', known)).toBe('sheremetevo');
    expect(correctWord('nordwynd', known)).toBe('nordwind');
    expect(correctWord('pantelevee', known)).toBeUndefined();
    expect(correctWord('panteleve', known)).toBe('panteleev');
  });

  it('leave short words, exact words and two-edit words alone', () => {
    expect(correctWord('kozlova', new Set(['kozlov']))).toBeUndefined();
    expect(correctWord('vladivostok', known)).toBeUndefined();
    expect(correctWord('vladyvostock', known)).toBeUndefined();
  });

  it('correct nothing when two known words are one edit away', () => {
    expect(correctWord('abcdefgx', new Set(['abcdefgh', 'abcdefgy']))).toBeUndefined();
  });
});
