/**
 * Loose keys of organisation and place names: the words that identify the name, in any order, with
 * designators dropped and the country as a marker. "Sheremetyevo International Airport" and
 * "Sheremetyevo Airport", "Ministry of Foreign Affairs of the DPRK" and "North Korean Foreign Ministry",
 * "Intergovernmental Commission for ..." and "Intergovernmental Committee for ..." get equal keys.
 *
 * Three keys per name, tried in this order:
 * - `loose`: designators and small words dropped, synonyms unified, sorted, country markers kept;
 * - `short`: also without company words ("Nordwind Airlines" → "nordwind"), the form news uses alone;
 * - `stem`: for long official names (three or more words), each word cut to five letters, so reworded
 *   titles ("Economic" / "Economy", "Scientific" / "Science") still meet.
 */
import { COMPANY_HEADS, DESIGNATORS, FUNCTION_WORDS, SYNONYMS } from './words.js';

/** A word of a name (its folded key) or a country marker ("@3"). */
export type BagItem = string;

export const isMarker = (item: BagItem): boolean => item.startsWith('@');

export interface BagKeys {
  readonly loose: string | null;
  readonly short: string | null;
  readonly stem: string | null;
  /** The identifying words, without markers, designators, small words or company words. */
  readonly distinctive: readonly string[];
  readonly markers: readonly string[];
}

const STEM_LENGTH = 5;
const STEM_MIN_WORDS = 3;

/** Keys of a run of items; with `withMarkers` false, country markers are left out of all three. */
export function bagKeys(items: readonly BagItem[], withMarkers = true): BagKeys {
  const markers = [...new Set(items.filter(isMarker))].sort();
  const words = items
    .filter((item) => !isMarker(item) && !FUNCTION_WORDS.has(item) && !DESIGNATORS.has(item))
    .map((item) => SYNONYMS.get(item) ?? item);
  const distinctive = words.filter((word) => !COMPANY_HEADS.has(word));
  const prefix = withMarkers ? markers : [];
  const join = (list: readonly string[], tag = ''): string | null =>
    list.length === 0 ? null : tag + [...prefix, ...[...list].sort()].join(' ');
  const stems = words.map((word) => word.slice(0, STEM_LENGTH));
  return {
    loose: join(words),
    short: distinctive.length > 0 && distinctive.length < words.length ? join(distinctive) : null,
    stem: words.length >= STEM_MIN_WORDS ? join(stems, '~') : null,
    distinctive,
    markers,
  };
}
