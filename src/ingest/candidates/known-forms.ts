/**
 * Names the candidate stage knows without guessing: news agencies and media, organisations and places of
 * the gazetteer that the graph does not have yet ("KCNA", "Workers' Party of Korea", "State Department"),
 * and the agency and place of the article's dateline or sign-off ("BEIJING, May 3 (Reuters) –", "— AP").
 */
import type { AgencyCategory, Gazetteer } from '../gazetteer.js';
import type { Zones } from '../zones.js';
import type { CandidateCategory, Found } from './found.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;

export const agencyCategory = (category: AgencyCategory | null): CandidateCategory =>
  category === 'media' ? 'media' : category === 'photo_agency' ? 'organisation' : 'news_agency';

/** Every occurrence of `form` in `text` on word boundaries, as spelt (case matters: "AP", not "ap"). */
function occurrences(text: string, form: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const end = at + form.length;
    if (!WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[end] ?? '')) found.push([at, end]);
  }
  return found;
}

/** Gazetteer agencies, media, organisations and places named in the text. */
export function gazetteerSpans(text: string, gazetteer: Gazetteer): Found[] {
  const found: Found[] = [];
  for (const agency of gazetteer.agencies) {
    const category = agencyCategory(agency.category);
    for (const form of agency.forms)
      for (const [start, end] of occurrences(text, form))
        found.push({ start, end, category, source: 'gazetteer' });
  }
  // A country the graph does not know yet ("South Korea", "Japan"); its adjectives name nothing.
  for (const country of gazetteer.countries) {
    for (const form of country.forms)
      for (const [start, end] of occurrences(text, form))
        found.push({ start, end, category: 'place', source: 'gazetteer' });
  }
  for (const group of gazetteer.groups) {
    const category = group.kind === 'Place' ? 'place' : 'organisation';
    for (const form of group.forms)
      for (const [start, end] of occurrences(text, form))
        found.push({ start, end, category, source: 'gazetteer' });
  }
  return found;
}

/** The agencies of the dateline, sign-off and byline, and the dateline's place. */
export function zoneSpans(zones: Zones): Found[] {
  return [
    ...zones.agencies.map((agency): Found => ({
      start: agency.start,
      end: agency.end,
      category: agencyCategory(agency.category),
      source: 'gazetteer',
    })),
    ...zones.datelinePlaces.map((place): Found => ({ ...place, category: 'place', source: 'rule' })),
  ];
}
