/**
 * Whether an unknown name is a variant of a known one, for the candidate stage: a name one letter from a
 * known name ("Kim Jung Un") is proposed as an alias of that entity rather than as a new one, and a name
 * that several entities loosely share ("Foreign Ministry") is no new name at all. Lookups only: the cost
 * depends on the name's length, not on the number of known entities.
 */
import type { EntityKind } from '../../graph/relation-types.js';
import { tokenize } from '../names.js';
import { bagKeys } from './bag.js';
import { bagItems, type LinkIndex, type Owner } from './index.js';
import { spanKey } from './tokens.js';

export type Suggestion =
  | { readonly kind: 'alias'; readonly entityId: string; readonly reason: string }
  | { readonly kind: 'ambiguous'; readonly entityIds: readonly string[] };

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/** Words shorter than this are not respelt: one letter is too much of a short word. */
const MIN_RESPELT_LENGTH = 3;

/** Every string one edit from `word` (deletion, transposition, substitution, insertion). */
function* oneEdit(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i += 1) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (i < word.length) yield head + tail.slice(1);
    if (i + 1 < word.length) yield head + (tail[1] ?? '') + (tail[0] ?? '') + tail.slice(2);
    for (const letter of ALPHABET) {
      yield head + letter + tail;
      if (i < word.length && letter !== tail[0]) yield head + letter + tail.slice(1);
    }
  }
}

const distinct = (owners: readonly Owner[]): string[] => [...new Set(owners.map((o) => o.id))];

export function suggestFor(name: string, kinds: readonly EntityKind[], index: LinkIndex): Suggestion | null {
  const tokens = tokenize(name);
  if (tokens.length === 0) return null;
  const fits = (owners: readonly Owner[] | undefined): Owner[] =>
    (owners ?? []).filter((owner) => kinds.includes(owner.kind));

  if (kinds.includes('Organisation') || kinds.includes('Place')) {
    const items = bagItems(name, tokens, index.countries);
    const withCountry = bagKeys(items);
    // "Chinese Foreign Ministry": a country of its own makes it another ministry than the known ones.
    const keys =
      withCountry.markers.length > 0 ? [withCountry.loose] : [withCountry.loose, bagKeys(items, false).loose];
    const owners = keys.flatMap((key) =>
      key === null ? [] : [...fits(index.bags.get(key)), ...fits(index.countryless.get(key))],
    );
    const ids = distinct(owners);
    const [only] = ids;
    if (ids.length > 1) return { kind: 'ambiguous', entityIds: ids };
    if (only !== undefined)
      return {
        kind: 'alias',
        entityId: only,
        reason: 'the same words as a known name, give or take designators and country',
      };
  }

  // One word respelt by one letter, the others as they are: "Kim Jung Un" for "Kim Jong Un".
  if (tokens.length < 2) return null;
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at];
    if (token === undefined || token.key.length < MIN_RESPELT_LENGTH || !/^[a-z]+$/u.test(token.key))
      continue;
    const keys = tokens.map((t) => t.key);
    for (const variant of oneEdit(token.key)) {
      keys[at] = variant;
      const entry = index.exact.get(spanKey(name, tokens, keys));
      const [owner, ...others] = fits(entry?.owners);
      if (entry === undefined || owner === undefined || others.length > 0) continue;
      return { kind: 'alias', entityId: owner.id, reason: `one letter from "${entry.spelling}"` };
    }
  }
  return null;
}
