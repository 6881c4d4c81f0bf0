import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/ingest/analyse.js';
import { createLinker } from '../../src/ingest/linker.js';
import { findZones, type ZoneKind } from '../../src/ingest/zones.js';

/** Each zone of `text` as [kind, the text it covers]. */
const zonesOf = (text: string): [ZoneKind, string][] =>
  findZones(text).zones.map((zone) => [zone.kind, text.slice(zone.start, zone.end)]);
const agenciesOf = (text: string): string[] =>
  findZones(text).agencies.map((agency) => text.slice(agency.start, agency.end));

describe('picture credits', () => {
  it.each([
    [
      '(Source: Getty Images)',
      'Air Koryo plane prepares to land in Vladivostok, April 23, 2019. (Source: Getty Images)',
    ],
    [
      '(Russian Foreign Press and Information Office/ Handout/Anadolu Agency/Getty Images)',
      'Kim Jong-un (L) and Sergei Lavrov (R) shake hands, May 31, 2018. (Russian Foreign Press and Information Office/ Handout/Anadolu Agency/Getty Images)',
    ],
    ['(Photo: Pavel Bednyakov/Pool)', 'Putin arrives in Pyongyang. (Photo: Pavel Bednyakov/Pool)'],
    ['Photograph: Gavriil Grigorov/AP', 'Kim and Putin at Vostochny. Photograph: Gavriil Grigorov/AP'],
    ['Vladimir Smirnov/TASS', 'A Nordwind Airlines jet at Sheremetyevo. Vladimir Smirnov/TASS'],
    ['© Sputnik / Mikhail Klimentyev', 'Putin waves. © Sputnik / Mikhail Klimentyev'],
    ['(AP Photo/Ahn Young-joon)', 'A flight leaves Pyongyang (AP Photo/Ahn Young-joon)'],
    ['(KCNA via Reuters)', 'Kim Jong Un inspects a factory (KCNA via Reuters)'],
    ['Reuters photo', 'Officials at the station, in a Reuters photo from June.'],
  ])('recognises %s', (credit, text) => {
    expect(zonesOf(text)).toContainEqual(['credit', credit]);
  });

  it('leaves captions, asides and ordinary slashes alone', () => {
    const text =
      'Kim Jong-un (L) and Putin (R) met in Pyongyang. The airline (Aurora) flies twice a week in and/or out of Moscow.';
    expect(zonesOf(text)).toEqual([]);
  });
});

describe('datelines, sign-offs and bylines', () => {
  it('finds the agency and the place of a dateline, wire or TASS style', () => {
    expect(zonesOf('BEIJING, May 3 (Reuters) – China said on Friday.')).toEqual([
      ['dateline', 'BEIJING, May 3 (Reuters) – '],
    ]);
    expect(agenciesOf('SEOUL, Jan. 5 (Yonhap) -- North Korea fired a missile.')).toEqual(['Yonhap']);
    expect(agenciesOf('MOSCOW, June 17. /TASS/. Russian Post resumed deliveries.')).toEqual(['TASS']);
    const text = 'Pyongyang, June 19 (KCNA) -- Kim Jong Un met a delegation.';
    expect(findZones(text).datelinePlaces.map((p) => text.slice(p.start, p.end))).toEqual(['Pyongyang']);
  });

  it('finds a closing agency and a reporting trailer, and no dateline in plain prose', () => {
    const text =
      'Flights resumed.\n\nThe ministry confirmed it. (Reporting by Ivan Petrov; Editing by Jane Doe) — AP';
    expect(zonesOf(text)).toEqual([
      ['byline', '(Reporting by Ivan Petrov; Editing by Jane Doe)'],
      ['signoff', ' — AP'],
    ]);
    expect(
      zonesOf('By Monday, flights resumed — the ministry said.\n\nNATO — the alliance — was silent.'),
    ).toEqual([]);
  });
});

describe('analysing an article with credits', () => {
  // Getty Images is even known here: a credit is still no mention.
  const linker = createLinker([
    { id: 'org/getty', kind: 'Organisation', name: 'Getty Images', aliases: [] },
    { id: 'place/vladivostok', kind: 'Place', name: 'Vladivostok', aliases: [] },
    { id: 'org/air-koryo', kind: 'Organisation', name: 'Air Koryo', aliases: [] },
  ]);
  const raw = [
    'Flights to resume soon',
    '',
    'Air Koryo plane prepares to land in Vladivostok, April 23, 2019. (Source: Getty Images)',
    '',
    'Kim and Lavrov shake hands. (Russian Foreign Press and Information Office/ Handout/Anadolu Agency/Getty Images)',
  ].join('\n');
  const analysis = analyseArticle(raw, undefined, linker);

  it('links the caption but not its credit', () => {
    expect(analysis.mentions.map((m) => m.entityId)).toEqual(['org/air-koryo', 'place/vladivostok']);
  });

  it('proposes nothing from a credit', () => {
    const names = analysis.candidates.map((c) => c.name);
    for (const credited of ['Getty Images', 'Anadolu Agency', 'Russian Foreign Press and Information Office'])
      expect(names).not.toContain(credited);
  });
});
