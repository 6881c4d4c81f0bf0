/**
 * The linker's index, built once from the known entities: exact alias keys (with the forms the gazetteer
 * and people's family names add), loose keys of organisation and place names, keys of Korean names and of
 * initials, and the vocabulary that misspellings are corrected against. Every lookup is a hash lookup, so
 * linking costs time in proportion to the text, never to the number of entities.
 */
import type { EntityKind } from '../../graph/relation-types.js';
import { isCommonWordKey } from '../common-words.js';
import { isEnglishWord } from '../english.js';
import type { Gazetteer } from '../gazetteer.js';
import { nameKey, tokenize, type Token } from '../names.js';
import { bagKeys, type BagItem } from './bag.js';
import { createCountryFinder, type CountryFinder } from './countries.js';
import { correctWord, MIN_FUZZY_LENGTH } from './fuzzy.js';
import { familyName, initialsKey, koreanKey } from './persons.js';
import { ALL_CAPS, CAPITAL_START, spanKey } from './tokens.js';

/** How a name was found, when it is not one of the entity's own names: what the link learnt. */
export type MatchMethod =
  | 'gazetteer'
  | 'family-name'
  | 'short-form'
  | 'designator'
  | 'romanisation'
  | 'initials'
  | 'patronymic'
  | 'misspelling';

/**
 * How much a name says on its own: `full` names link wherever they are unambiguous; `single` one-word
 * names of people ("Kozlov", "Kim") only where the article also names the person in full.
 */
export type Strength = 'full' | 'single';

export interface Owner {
  readonly id: string;
  readonly kind: EntityKind;
  readonly strength: Strength;
  /** null: one of the entity's own names (name, alias). */
  readonly method: MatchMethod | null;
}

export interface AliasEntry {
  /** The first spelling indexed under the key, to show an editor ("Kim Jong Un"). */
  readonly spelling: string;
  readonly tokenCount: number;
  readonly owners: Owner[];
  /**
   * Per token: whether every spelling capitalises it, so the text must too ("Russian railways" is no
   * name of Russian Railways; "Pyongyang airport" is spelt so and may be).
   */
  readonly capitalised: boolean[];
  /** Every spelling is an all-caps acronym ("DPRK"), so the text must be too ("us" is not "US"). */
  acronym: boolean;
  /** Some spelling ends in an initial's full stop ("U.S."), which then belongs to the surface. */
  dotted: boolean;
}

export interface LinkableEntity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  /**
   * One-token aliases of a person that are safe alone ("Putin"): they link without the full name in
   * the same text. Every other one-token person alias ("Kim", "Oleg") needs the full name nearby.
   */
  readonly standaloneAliases?: readonly string[];
}

const CORRECTION_CACHE_SIZE = 20_000;

export interface LinkIndex {
  readonly exact: ReadonlyMap<string, AliasEntry>;
  /** Longest alias, in tokens, per first token key. */
  readonly longestByFirst: ReadonlyMap<string, number>;
  /** Loose, short and stem keys of organisation and place names (bag.ts). */
  readonly bags: ReadonlyMap<string, Owner[]>;
  /** Every word and stem in those keys: a text word outside it rules a loose match out. */
  readonly bagWords: ReadonlySet<string>;
  /**
   * Loose keys of names that have a country, without it ("Foreign Ministry" of the Russian and the North
   * Korean one): never linked, but a candidate with such a key is a known name, not a new one.
   */
  readonly countryless: ReadonlyMap<string, Owner[]>;
  readonly korean: ReadonlyMap<string, Owner[]>;
  readonly initials: ReadonlyMap<string, Owner[]>;
  /** Token keys of names, long enough to correct misspellings against. */
  readonly vocabulary: ReadonlySet<string>;
  /** correctWord against the vocabulary, remembered per word (names recur across articles). */
  corrections(word: string): string | undefined;
  /** Every entity's own alias keys (nameKey), to tell a learnt spelling from a known one. */
  readonly ownKeys: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every alias key of every entity, linkable alone or not. */
  readonly known: ReadonlySet<string>;
  readonly countries: CountryFinder;
  readonly gazetteer: Gazetteer;
}

/**
 * A single-token alias that is a common word, one letter or a number would link noise; an
 * all-caps acronym ("US") is kept because the text must then be in capitals too.
 */
function isLinkableAlone(tokens: readonly Token[]): boolean {
  const [only, ...more] = tokens;
  if (only === undefined) return false;
  if (more.length > 0 || ALL_CAPS.test(only.raw)) return true;
  return only.key.length > 1 && !isCommonWordKey(only.key) && !/^\p{N}+$/u.test(only.key);
}

function push<K>(map: Map<K, Owner[]>, key: K, owner: Owner): void {
  const owners = map.get(key) ?? [];
  if (!owners.some((o) => o.id === owner.id)) owners.push(owner);
  map.set(key, owners);
}

/** The items of a name for loose keys: its token keys, with country forms and adjectives as markers. */
export function bagItems(text: string, tokens: readonly Token[], countries: CountryFinder): BagItem[] {
  const found = countries.find(text, tokens);
  const items: BagItem[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const country = found.get(index);
    if (country) {
      items.push(country.marker);
      index += country.count - 1;
    } else {
      items.push(tokens[index]?.key ?? '');
    }
  }
  return items;
}

export function buildIndex(entities: readonly LinkableEntity[], gazetteer: Gazetteer): LinkIndex {
  const exact = new Map<string, AliasEntry>();
  const longestByFirst = new Map<string, number>();
  const bags = new Map<string, Owner[]>();
  const countryless = new Map<string, Owner[]>();
  const korean = new Map<string, Owner[]>();
  const initials = new Map<string, Owner[]>();
  const vocabulary = new Set<string>();
  const ownKeys = new Map<string, Set<string>>();
  const known = new Set<string>();
  const countries = createCountryFinder(gazetteer);

  const addExact = (spelling: string, tokens: readonly Token[], owner: Owner): void => {
    const first = tokens[0];
    if (first === undefined || !isLinkableAlone(tokens)) return;
    const key = spanKey(spelling, tokens);
    let entry = exact.get(key);
    if (entry === undefined) {
      entry = {
        spelling,
        tokenCount: tokens.length,
        owners: [],
        capitalised: tokens.map(() => true),
        acronym: true,
        dotted: false,
      };
      exact.set(key, entry);
    }
    // Every spelling of the key decides how the text may spell it.
    const capitalised = entry.capitalised;
    tokens.forEach((token, at) => {
      if (!CAPITAL_START.test(token.raw)) capitalised[at] = false;
    });
    entry.acronym &&= tokens.length === 1 && ALL_CAPS.test(first.raw);
    entry.dotted ||= /(?:^|[^\p{L}])\p{L}\.$/u.test(spelling.trim());
    longestByFirst.set(first.key, Math.max(longestByFirst.get(first.key) ?? 0, tokens.length));
    for (const token of tokens) if (token.key.length >= MIN_FUZZY_LENGTH) vocabulary.add(token.key);
    const existing = entry.owners.findIndex((o) => o.id === owner.id);
    // An entity's own name beats the same spelling derived for it.
    if (existing >= 0 && (entry.owners[existing]?.method === null || owner.method !== null)) return;
    if (existing >= 0) entry.owners.splice(existing, 1);
    entry.owners.push(owner);
  };

  for (const entity of entities) {
    const standalone = new Set(entity.standaloneAliases ?? []);
    const names = [...new Set([entity.name, ...entity.aliases])];
    const own = new Set<string>();
    ownKeys.set(entity.id, own);
    const strengthOf = (tokens: readonly Token[], alias: string): Strength =>
      entity.kind === 'Person' && tokens.length === 1 && !standalone.has(alias) ? 'single' : 'full';
    const owner = (strength: Strength, method: MatchMethod | null): Owner => ({
      id: entity.id,
      kind: entity.kind,
      strength,
      method,
    });

    // The entity's own names, then the standard forms the gazetteer lists for any of them.
    const spellings = new Map<string, MatchMethod | null>(names.map((n) => [n, null]));
    for (const name of names) {
      const group =
        entity.kind === 'Place'
          ? (gazetteer.countryByKey.get(nameKey(name)) ?? gazetteer.groupByKey.get(nameKey(name)))
          : gazetteer.groupByKey.get(nameKey(name));
      if (group === undefined || ('kind' in group && group.kind !== entity.kind)) continue;
      for (const form of group.forms) if (!spellings.has(form)) spellings.set(form, 'gazetteer');
    }

    for (const [spelling, method] of spellings) {
      const tokens = tokenize(spelling);
      if (tokens.length === 0) continue;
      const key = tokens.map((t) => t.key).join(' ');
      known.add(key);
      if (method === null) own.add(key);
      addExact(spelling, tokens, owner(method === null ? strengthOf(tokens, spelling) : 'full', method));

      if (entity.kind === 'Person') {
        const family = familyName(tokens, gazetteer);
        if (family !== undefined) addExact(family.raw, [family], owner('single', 'family-name'));
        const korea = koreanKey(tokens, gazetteer);
        if (korea !== undefined) push(korean, korea, owner('full', 'romanisation'));
        const firstToken = tokens[0];
        if (family !== undefined && family !== firstToken && firstToken !== undefined)
          push(initials, initialsKey(firstToken.raw, family), owner('full', 'initials'));
      } else if (entity.kind === 'Organisation' || entity.kind === 'Place') {
        const items = bagItems(spelling, tokens, countries);
        const keys = bagKeys(items);
        if (keys.loose !== null) push(bags, keys.loose, owner('full', 'designator'));
        const bare = keys.markers.length > 0 ? bagKeys(items, false).loose : null;
        if (bare !== null) push(countryless, bare, owner('full', 'designator'));
        if (keys.stem !== null) push(bags, keys.stem, owner('full', 'designator'));
        // A short form alone must be a distinctive word ("Nordwind", "Koryo"), not "Transport".
        if (keys.short !== null && entity.kind === 'Organisation' && keys.markers.length === 0) {
          const [word, ...more] = keys.distinctive;
          if (word !== undefined && (more.length > 0 || isDistinctive(word, countries)))
            push(bags, keys.short, owner('full', 'short-form'));
        }
      }
    }
  }
  const corrected = new Map<string, string | undefined>();
  const bagWords = new Set([...bags.keys()].flatMap((key) => key.replace(/^~/, '').split(' ')));
  return {
    exact,
    longestByFirst,
    bags,
    bagWords,
    countryless,
    korean,
    initials,
    vocabulary,
    corrections: (word) => {
      if (word.length < MIN_FUZZY_LENGTH) return undefined;
      if (!corrected.has(word)) {
        if (corrected.size >= CORRECTION_CACHE_SIZE) corrected.clear();
        corrected.set(word, correctWord(word, vocabulary));
      }
      return corrected.get(word);
    },
    ownKeys,
    known,
    countries,
    gazetteer,
  };
}

/** A word that names one thing: long enough, no English word, not a country's name or adjective. */
export function isDistinctive(key: string, countries: CountryFinder): boolean {
  return key.length >= 4 && !isCommonWordKey(key) && !isEnglishWord(key) && !countries.isCountryWord(key);
}
