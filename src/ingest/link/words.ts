/**
 * The vocabulary of loose name matching (see bag.ts): words an official name may gain or lose without
 * becoming another name, and spellings of one word. Keys are folded tokens (names.ts foldToken).
 */
import { foldToken } from '../names.js';

const fold = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldToken));

/** Words a name keeps its identity without: "Sheremetyevo (International) Airport", "(PJSC) Aeroflot". */
export const DESIGNATORS = fold([
  'international',
  'federal',
  'public',
  'joint',
  'stock',
  'affairs',
  'pjsc',
  'jsc',
  'ojsc',
  'llc',
  'ltd',
  'inc',
  'plc',
  'corp',
  'co',
]);

/**
 * Words a company or facility is also known without: "Nordwind (Airlines)", "Anadolu (Agency)",
 * "Aeroflot (Group)". A name that loses only these keeps one distinctive word, its short form.
 */
export const COMPANY_HEADS = fold([
  'airlines',
  'airline',
  'airways',
  'air',
  'aviation',
  'carrier',
  'group',
  'company',
  'corporation',
  'holding',
  'holdings',
  'agency',
  'news',
]);

/** Small words inside official names; they never decide a match. */
export const FUNCTION_WORDS = fold(['of', 'the', 'for', 'and', 'in', 'on', 'at', 'de']);

/** One word, two spellings or two forms of an official title. */
export const SYNONYMS: ReadonlyMap<string, string> = new Map(
  [
    ['commission', 'committee'],
    ['organisation', 'organization'],
    ['centre', 'center'],
    ['defence', 'defense'],
    ['programme', 'program'],
    ['airways', 'airlines'],
    ['airline', 'airlines'],
  ].map(([from, to]) => [foldToken(from ?? ''), foldToken(to ?? '')]),
);
