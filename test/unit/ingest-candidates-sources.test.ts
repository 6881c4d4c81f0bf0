// The candidate stage's sources, one by one: rules over capitalised words, products, the gazetteer and the
// dateline. Each returns spans with a category; filtering and grouping come after (ingest-candidates-*.test.ts).
import { describe, expect, it } from 'vitest';
import type { Found } from '../../src/ingest/candidates/found.js';
import { gazetteerSpans, zoneSpans } from '../../src/ingest/candidates/known-forms.js';
import { compromiseSpans } from '../../src/ingest/candidates/nlp.js';
import { productSpans } from '../../src/ingest/candidates/products.js';
import { ruleSpans } from '../../src/ingest/candidates/runs.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { findZones } from '../../src/ingest/zones.js';

const gazetteer = loadGazetteer();
const show = (text: string, spans: readonly Found[]): string[] =>
  spans.map((s) => `${text.slice(s.start, s.end)} (${s.category})`);

describe('rules over capitalised words', () => {
  const rules = (text: string) => show(text, ruleSpans(text, gazetteer));

  it('type a name by its last word, media included, or by a first word with "of"', () => {
    expect(
      rules('The Korea Herald and the Baikal Wings Airlines reported from Khasan Border Station.'),
    ).toEqual([
      'Korea Herald (media)',
      'Baikal Wings Airlines (organisation)',
      'Khasan Border Station (place)',
    ]);
    expect(
      rules('Officials of the Ministry of External Economic Relations and the Russian Ministry met.'),
    ).toContain('Ministry of External Economic Relations (organisation)');
  });

  it('do not run an organisation’s name into the place where it meets', () => {
    expect(rules('He spoke at the Eastern Economic Forum on Russky Island, Kozhemyako said.')).toEqual([
      'Eastern Economic Forum (event)',
      'Russky Island (place)',
    ]);
  });

  it('find people after titles, by a Korean family name, or by a first name inside a longer run', () => {
    expect(rules('Premier Ri Il-hwan met US Secretary of State Antony Blinken.')).toEqual([
      'Ri Il-hwan (person)',
      'Antony Blinken (person)',
    ]);
    expect(rules('Deputy Prime Minister Yury Trutnev spoke.')).toEqual(['Yury Trutnev (person)']);
  });

  it('find places after prepositions of place, before place words and offices, and before a date', () => {
    expect(rules('It runs via Khasan and Tumangang.')).toEqual(['Khasan (place)', 'Tumangang (place)']);
    expect(rules('The Primorye governor spoke near the Tumen river.')).toEqual([
      'Primorye (place)',
      'Tumen (place)',
    ]);
    expect(rules('Talks ended in a hotel, Wonsan, July 12, 2025.')).toEqual(['Wonsan (place)']);
    expect(rules('Kim arrived for talks with Putin, April 23, 2019.')).toEqual([]);
  });

  it('keep a common noun’s possessive inside a name, and read a kind of organisation after the name', () => {
    expect(rules('The Far Eastern Transport Prosecutor’s Office said so.')).toEqual([
      'Far Eastern Transport Prosecutor’s Office (organisation)',
    ]);
    expect(rules('Tours are sold by the Vostok Intur agency and the Amur Vesti newspaper.')).toEqual([
      'Vostok Intur (organisation)',
      'Amur Vesti (media)',
    ]);
  });

  it('take "the X administration" for an organisation', () => {
    expect(rules('It was denounced by the Biden administration.')).toEqual([
      'Biden administration (organisation)',
    ]);
  });

  it('read a person by the shape of the name, even after a word for an organisation', () => {
    expect(rules('Head of the agency Yevgeniy Balanin said Taras Shevchenko agreed.')).toEqual([
      'Yevgeniy Balanin (person)',
      'Taras Shevchenko (person)',
    ]);
  });

  it('take a country’s name with a word of its own for a company', () => {
    expect(rules('By comparison, China Southern flies there.')).toEqual(['China Southern (organisation)']);
  });
});

describe('products', () => {
  it('are a maker with a model, a short-prefixed model, or a model before a product noun', () => {
    const text =
      'A Boeing 777-200ER, a Tupolev Tu-204-100, two Il-62M jets and a Hwasong-18 missile flew; COVID-19, flight JS151 and the G-20 did not.';
    expect(show(text, productSpans(text))).toEqual([
      'Boeing 777-200ER (product)',
      'Tupolev Tu-204-100 (product)',
      'Il-62M (product)',
      'Hwasong-18 (product)',
    ]);
  });
});

describe('names the gazetteer and the dateline vouch for', () => {
  it('finds agencies, media, countries and known organisations with their category', () => {
    const text = 'The KCNA and Rodong Sinmun said South Korea and the Workers’ Party of Korea disagreed.';
    expect(show(text, gazetteerSpans(text, gazetteer))).toEqual(
      expect.arrayContaining([
        'KCNA (news_agency)',
        'Rodong Sinmun (media)',
        'South Korea (place)',
        'Workers’ Party of Korea (organisation)',
      ]),
    );
  });

  it('takes the agency and the place of a dateline', () => {
    const text = 'KHABAROVSK, Aug 5 (Interfax) - Flights resumed.';
    expect(show(text, zoneSpans(findZones(text, gazetteer)))).toEqual([
      'Interfax (news_agency)',
      'KHABAROVSK (place)',
    ]);
  });
});

describe('compromise', () => {
  it('reads a first name and a surname as a person, whatever compromise called it', () => {
    const text = '“It matters,” said Peter Ward, a researcher.';
    expect(show(text, compromiseSpans(text))).toContain('Peter Ward (person)');
  });
});
