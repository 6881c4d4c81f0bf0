/**
 * Variants of one name become one candidate: the forms of one gazetteer entry ("KCNA", "Korean Central
 * News Agency"), names with the same words in another order or with the country ("Ministry of Transport",
 * "Russian Transport Ministry"), and a name with a piece of it ("Workers' Party", "Workers' Party of
 * Korea"). The longest spelling names the group; the others are its variants.
 */
import type { Gazetteer } from '../gazetteer.js';
import { bagKeys } from '../link/bag.js';
import type { CountryFinder } from '../link/countries.js';
import { bagItems } from '../link/index.js';
import { tokenize } from '../names.js';
import type { CandidateCategory } from './found.js';

export interface Sighting {
  readonly name: string;
  readonly key: string;
  readonly category: CandidateCategory;
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
  /** Found by the gazetteer or a dateline: its category is known, not guessed. */
  readonly certain: boolean;
}

const family = (category: CandidateCategory): string =>
  category === 'news_agency' || category === 'media' || category === 'organisation'
    ? 'organisation'
    : category;

/** What makes two sightings one name: equal group keys. */
function groupKeys(s: Sighting, gazetteer: Gazetteer, countries: CountryFinder): string[] {
  const keys: string[] = [];
  const entry = gazetteer.agencyByKey.get(s.key) ?? gazetteer.groupByKey.get(s.key);
  if (entry !== undefined) keys.push(`g:${entry.name}`);
  if (s.category !== 'person' && s.category !== 'product') {
    const bag = bagKeys(bagItems(s.name, tokenize(s.name), countries), false).loose;
    if (bag !== null) keys.push(`b:${family(s.category)}:${bag}`);
  }
  return keys;
}

/** Whether `part`'s words open or close `whole`'s ("Aviation Week" of "Aviation Week Network"). */
function isPiece(part: Sighting, whole: Sighting): boolean {
  if (
    part.key === whole.key ||
    family(part.category) !== family(whole.category) ||
    part.category === 'person'
  )
    return false;
  const p = ` ${part.key} `;
  const w = ` ${whole.key} `;
  return part.key.includes(' ') || part.category === 'product' ? w.startsWith(p) || w.endsWith(p) : false;
}

/** Sightings grouped; each group lists its sightings, the one that names it first. */
export function groupSightings(
  sightings: readonly Sighting[],
  gazetteer: Gazetteer,
  countries: CountryFinder,
): Sighting[][] {
  const groups: Sighting[][] = [];
  const byKey = new Map<string, Sighting[]>();
  for (const s of sightings) {
    const keys = [`k:${s.key}`, ...groupKeys(s, gazetteer, countries)];
    let group = keys.map((key) => byKey.get(key)).find((g) => g !== undefined);
    group ??= groups.find((g) => g.some((other) => isPiece(s, other) || isPiece(other, s)));
    if (group === undefined) {
      group = [];
      groups.push(group);
    }
    group.push(s);
    for (const key of keys) byKey.set(key, group);
  }
  // The group is named by its longest spelling (the most complete name), first seen on a tie.
  return groups.map((g) => {
    const named = [...g].sort(
      (a, b) =>
        b.key.split(' ').length - a.key.split(' ').length ||
        b.name.length - a.name.length ||
        a.start - b.start,
    )[0];
    return named === undefined ? g : [named, ...g.filter((s) => s !== named)];
  });
}
