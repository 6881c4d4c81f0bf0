/**
 * Products and models: an aircraft type with its model number is a product ("Boeing 777-200ER",
 * "Tupolev Tu-204-100", "Il-62M", "Hwasong-18 missile"), not its maker typed as an organisation.
 */
import type { Found } from './found.js';

/** Makers whose name opens a model's: "Boeing 777", "Ilyushin Il-62M", "Sukhoi Superjet 100". */
const MAKERS: ReadonlySet<string> = new Set([
  'Airbus',
  'Antonov',
  'Beriev',
  'Boeing',
  'Bombardier',
  'Cessna',
  'Comac',
  'Dassault',
  'Embraer',
  'Gulfstream',
  'Ilyushin',
  'Irkut',
  'Kamov',
  'Lockheed',
  'Mil',
  'Sukhoi',
  'Superjet',
  'Tupolev',
  'Yakovlev',
]);
/** Nouns that make the word before them a model: "Hwasong-18 missile", "KN-23 rocket". */
const PRODUCT_NOUNS =
  /^ (?:jets?|aircraft|airliners?|planes?|helicopters?|missiles?|rockets?|drones?|fighters?|bombers?|tanks?|trains?|locomotives?|cars?|ships?)\b/u;
/** A model: letters and a number joined by a hyphen, or a number with a suffix ("777-200ER", "Tu-204-100", "A330"). */
const MODEL =
  /^(?:\p{Lu}[\p{L}]{0,8}-?\d{1,4}[\p{Lu}\d]{0,3}(?:-\d{1,4}[\p{Lu}\d]{0,3})*|\d{2,4}(?:-\d{1,4}[\p{Lu}\d]{0,3})?)$/u;
/** A short letter prefix ("Tu", "Il", "MC", "KN", "A") marks a model even without its maker. */
const SHORT_PREFIX = /^\p{Lu}[\p{L}]{0,2}-?\d{2,4}/u;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

export function productSpans(text: string): Found[] {
  const found: Found[] = [];
  const tokens = [...text.matchAll(TOKEN)];
  tokens.forEach((token, index) => {
    const word = token[0];
    if (!MODEL.test(word) || !/\d/u.test(word)) return;
    const end = token.index + word.length;
    const maker = tokens[index - 1];
    const byMaker =
      maker !== undefined &&
      MAKERS.has(maker[0]) &&
      text.slice(maker.index + maker[0].length, token.index) === ' ';
    // "flight JS151" is a flight number, "G-20" a group of countries: no products.
    const previousWord = maker?.[0].toLowerCase() ?? '';
    if (previousWord === 'flight' || previousWord === 'flights' || /^G-?\d+$/u.test(word)) return;
    if (byMaker) {
      found.push({ start: maker.index, end, category: 'product', source: 'product' });
    } else if (/\p{L}/u.test(word) && (SHORT_PREFIX.test(word) || PRODUCT_NOUNS.test(text.slice(end)))) {
      found.push({ start: token.index, end, category: 'product', source: 'product' });
    }
  });
  return found;
}
