/**
 * What an editor does not want proposed: common words capitalised at a sentence start, adjectives of
 * nationality, words of a job title ("Natural Resources" of "Natural Resources Minister"), pieces of a
 * longer name ("China" of "China Southern"), routes between known places ("Moscow-Pyongyang"), and the
 * words of a title-case headline the article never repeats.
 */
import { isCommonWord } from '../common-words.js';
import type { Gazetteer } from '../gazetteer.js';
import { isNameHead, NAME_FUNCTION_WORDS, TITLES } from '../name-words.js';
import { nameKey } from '../names.js';
import type { Found } from './found.js';
import { tagsOf } from './nlp.js';

/** Term tags that mean "not a name" for a single word. */
const NOT_A_NAME_TAGS: readonly string[] = ['Date', 'Month', 'WeekDay', 'Demonym', 'Pronoun', 'Determiner'];
const NAME_TAGS: readonly string[] = ['ProperNoun', 'Person', 'Place', 'Organization'];
const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether a single word is a name and not a common word that happens to be capitalised. At the
 * start of a sentence it must be known as a name or be capitalised mid-sentence elsewhere.
 */
export function isNameWord(
  word: string,
  text: string,
  start: number,
  sentenceStarts: ReadonlySet<number>,
): boolean {
  if (word.length < 2 || isCommonWord(word)) return false;
  const tags = tagsOf(word.toLowerCase());
  if (NOT_A_NAME_TAGS.some((tag) => tags.includes(tag))) return false;
  if (!sentenceStarts.has(start) && !/[“"‘']/u.test(text[start - 1] ?? '')) return true;
  if (NAME_TAGS.some((tag) => tags.includes(tag))) return true;
  for (const match of text.matchAll(
    new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(word)}(?![\p{L}\p{N}])`, 'gu'),
  )) {
    if (match.index !== start && !sentenceStarts.has(match.index)) return true;
  }
  return false;
}

/** "Moscow-Pyongyang" names a route between two places, not a place. */
export function isRoute(name: string): boolean {
  const parts = name.split(/[-‐‑–]/u);
  return (
    parts.length > 1 &&
    parts.every((part) => CAPITALISED.test(part) && tagsOf(part.toLowerCase()).includes('Place'))
  );
}

/** "Russian", "North Korean", "Russians": adjectives and demonyms of a country name nothing. */
export function isDemonym(name: string, gazetteer: Gazetteer): boolean {
  return gazetteer.countryByAdjectiveKey.has(nameKey(name));
}

/**
 * Words of a role: the capitalised run goes on to a title ("Natural Resources Minister", "Russian
 * Natural Resources Minister"). A name ending in an organisation or place word keeps its place
 * ("Russian Post CEO", "Primorsky Krai governor").
 */
export function isPartOfRole(text: string, span: Found): boolean {
  const name = text.slice(span.start, span.end);
  const last = /[\p{L}]+$/u.exec(name)?.[0] ?? '';
  // A place has officials ("Primorye governor", "Kremlin spokesman"); a person is no role's word.
  if (span.category === 'person' || span.category === 'place' || isNameHead(last)) return false;
  const rest = /^(?: \p{Lu}[\p{L}-]*)*? (\p{L}+)/u.exec(text.slice(span.end));
  const word = rest?.[1]?.toLowerCase();
  return word !== undefined && TITLES.has(word);
}

/**
 * A piece of a longer capitalised name: "China" of "China Southern", cut short by compromise or found
 * alone by the gazetteer. The neighbour must be a name word, not a title, a small word or a common word.
 */
export function isFragment(text: string, span: Found): boolean {
  if (span.source === 'rule') return false;
  const before = /(\p{Lu}[\p{L}'’-]*) $/u.exec(text.slice(Math.max(0, span.start - 40), span.start))?.[1];
  const after = /^ (\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(span.end))?.[1];
  return [before, after].some(
    (word) =>
      word !== undefined &&
      !TITLES.has(word.toLowerCase()) &&
      !NAME_FUNCTION_WORDS.has(word.toLowerCase()) &&
      !isCommonWord(word),
  );
}

/**
 * Words of a title-case headline ("Russia Launches Direct Flights") are capitalised whatever they are:
 * a name found only there, and not by the gazetteer or a dateline, is not proposed.
 */
export function isHeadlineOnly(
  text: string,
  span: Found,
  headline: { readonly start: number; readonly end: number } | null,
): boolean {
  if (headline === null || span.source === 'gazetteer' || span.start >= headline.end) return false;
  const words = text.slice(headline.start, headline.end).split(/\s+/u);
  const capitalised = words.filter((word) => CAPITALISED.test(word)).length;
  if (capitalised < words.length * 0.6) return false;
  const key = nameKey(text.slice(span.start, span.end));
  return !` ${nameKey(text.slice(headline.end))} `.includes(` ${key} `);
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
