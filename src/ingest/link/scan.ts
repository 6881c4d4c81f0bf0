/**
 * Finds every span of a text that some known name matches, by four matchers over one token stream:
 * exact alias keys (misspelt long words corrected first), loose keys of organisation and place names,
 * and people's names by Korean romanisation, patronymic or initials. Each looks at a bounded number of
 * tokens from each position, so the cost grows with the text only.
 */
import type { Token } from '../names.js';
import { bagKeys, isMarker, type BagItem } from './bag.js';
import type { AliasEntry, LinkIndex, MatchMethod, Owner } from './index.js';
import { initialsKey, isPatronymic, koreanKey } from './persons.js';
import {
  adjacent,
  ALL_CAPS,
  CAPITAL_START,
  isCapitalised,
  isInitial,
  possessiveBetween,
  separator,
  gapBetween,
} from './tokens.js';
import { COMPANY_HEADS, DESIGNATORS, FUNCTION_WORDS, SYNONYMS } from './words.js';

/** Words a loose key leaves out or replaces, so they never rule a match out. */
const ignorable = (word: string): boolean =>
  FUNCTION_WORDS.has(word) || DESIGNATORS.has(word) || COMPANY_HEADS.has(word) || SYNONYMS.has(word);

export interface Span {
  /** Index of the first token. */
  readonly first: number;
  readonly tokenCount: number;
  readonly start: number;
  readonly end: number;
  readonly owners: readonly Owner[];
  /** Set when the whole match was made one way (a corrected misspelling, a romanisation...). */
  readonly method: MatchMethod | null;
  /** Exact matches rank above loose ones when two spans are equally long. */
  readonly rank: number;
}

/** The most items (words or country markers) a loose match spans. */
const MAX_LOOSE_ITEMS = 12;
/** The most words of a person's name looked at for romanisations and initials. */
const MAX_PERSON_TOKENS = 5;

export function findSpans(text: string, tokens: readonly Token[], index: LinkIndex): Span[] {
  const { keys, corrected } = correctedKeys(tokens, index);
  return [
    ...exactSpans(text, tokens, keys, corrected, index),
    ...looseSpans(text, tokens, index),
    ...personSpans(text, tokens, index),
  ];
}

/** Token keys with one-edit misspellings of long capitalised words corrected to a known word. */
function correctedKeys(
  tokens: readonly Token[],
  index: LinkIndex,
): { keys: string[]; corrected: Set<number> } {
  const corrected = new Set<number>();
  const keys = tokens.map((token, at) => {
    if (!isCapitalised(token) || index.exact.has(token.key)) return token.key;
    const fixed = index.corrections(token.key);
    if (fixed === undefined) return token.key;
    corrected.add(at);
    return fixed;
  });
  return { keys, corrected };
}

/** Names are capitalised in running text: this keeps "aurora", "us" or "Russian railways" from linking. */
function casingFits(entry: AliasEntry, surface: string, words: readonly Token[]): boolean {
  if (entry.acronym) return ALL_CAPS.test(surface.replace(/\./g, ''));
  return words.every((word, at) => !entry.capitalised[at] || CAPITAL_START.test(word.raw));
}

/** The longest alias starting at each token. */
function exactSpans(
  text: string,
  tokens: readonly Token[],
  keys: readonly string[],
  corrected: ReadonlySet<number>,
  index: LinkIndex,
): Span[] {
  const spans: Span[] = [];
  for (let first = 0; first < tokens.length; first += 1) {
    const firstToken = tokens[first];
    const longest = index.longestByFirst.get(keys[first] ?? '');
    if (firstToken === undefined || longest === undefined) continue;
    // Keys of the runs of 1..n adjacent tokens starting here, n bounded by the longest alias.
    const runKeys = [keys[first] ?? ''];
    while (runKeys.length < longest) {
      const previous = tokens[first + runKeys.length - 1];
      const next = tokens[first + runKeys.length];
      if (previous === undefined || next === undefined) break;
      // "Democratic People’s Republic of Korea": a possessive inside a name.
      if (!adjacent(text, previous, next) && !possessiveBetween(text, previous, next)) break;
      const sep = separator(gapBetween(text, previous, next), next);
      runKeys.push(`${runKeys[runKeys.length - 1] ?? ''}${sep}${keys[first + runKeys.length] ?? ''}`);
    }
    for (let count = runKeys.length; count >= 1; count -= 1) {
      const entry = index.exact.get(runKeys[count - 1] ?? '');
      const last = tokens[first + count - 1];
      if (entry === undefined || last === undefined) continue;
      const end = entry.dotted && last.raw.length === 1 && text[last.end] === '.' ? last.end + 1 : last.end;
      if (!casingFits(entry, text.slice(firstToken.start, end), tokens.slice(first, first + count))) continue;
      let misspelt = false;
      for (let at = first; at < first + count; at += 1) misspelt ||= corrected.has(at);
      spans.push({
        first,
        tokenCount: count,
        start: firstToken.start,
        end,
        owners: entry.owners,
        method: misspelt ? 'misspelling' : null,
        rank: 3,
      });
      break;
    }
  }
  return spans;
}

/** Organisation and place names with designators added or dropped, reordered, or by their short form. */
function looseSpans(text: string, tokens: readonly Token[], index: LinkIndex): Span[] {
  const countries = index.countries.find(text, tokens);
  const spans: Span[] = [];
  for (let first = 0; first < tokens.length; first += 1) {
    const start = tokens[first];
    if (start === undefined || !isCapitalised(start) || FUNCTION_WORDS.has(start.key)) continue;
    const items: { item: BagItem; from: number; to: number }[] = [];
    let best: Span | undefined;
    let listed = false;
    for (let at = first; at < tokens.length && items.length < MAX_LOOSE_ITEMS;) {
      const token = tokens[at];
      const previousItem = items[items.length - 1];
      const previous = previousItem ? tokens[previousItem.to] : undefined;
      if (token === undefined) break;
      if (previous !== undefined && previousItem !== undefined) {
        const joined =
          adjacent(text, previous, token) ||
          (isMarker(previousItem.item) && possessiveBetween(text, previous, token));
        if (!joined) break;
        listed ||= gapBetween(text, previous, token).includes(',');
      }
      const country = countries.get(at);
      const to = country ? at + country.count - 1 : at;
      const item = country ? country.marker : token.key;
      if (!country && !isCapitalised(token) && !FUNCTION_WORDS.has(token.key)) break;
      // A word no known name has (nor its stem) cannot be in a match, nor can any longer run with it.
      if (!country && !index.bagWords.has(item) && !index.bagWords.has(item.slice(0, 5)) && !ignorable(item))
        break;
      items.push({ item, from: at, to });
      at = to + 1;
      if (!country && (!isCapitalised(token) || FUNCTION_WORDS.has(token.key))) continue;
      const match = lookupBag(items, listed, index);
      // "Russia’s Foreign Ministry": the country stays a name of its own, the ministry starts after it.
      const owner = items[0];
      const second = items[1];
      const possessive =
        owner !== undefined &&
        second !== undefined &&
        isMarker(owner.item) &&
        match?.from === owner.from &&
        possessiveBetween(text, tokens[owner.to] ?? token, tokens[second.from] ?? token);
      if (match && possessive) match.from = second.from;
      const last = tokens[match?.to ?? -1];
      const head = tokens[match?.from ?? -1];
      if (match && head && last && (!best || last.end - head.start > best.end - best.start)) {
        best = {
          first: match.from,
          tokenCount: match.to - match.from + 1,
          start: head.start,
          end: last.end,
          owners: match.owners,
          method: null,
          rank: 2,
        };
      }
    }
    if (best) spans.push(best);
  }
  return spans;
}

/** Owners of the loose, short or stem key of these items; without the country markers if need be. */
function lookupBag(
  items: readonly { item: BagItem; from: number; to: number }[],
  /** A comma inside: only a long official name's list ("Trade, Economy, Science") may match. */
  listed: boolean,
  index: LinkIndex,
): { owners: Owner[]; from: number; to: number } | undefined {
  const single = items.length === 1;
  const words = items.map((i) => i.item);
  // Two names joined by "and" ("Airlines and the Aurora") are not one: only a long official name lists.
  const list = listed || words.includes('and');
  const content = words.filter((word) => !FUNCTION_WORDS.has(word));
  if (new Set(content).size < content.length && !list) return undefined;
  const find = (withMarkers: boolean): Owner[] | undefined => {
    const keys = bagKeys(words, withMarkers);
    if (keys.distinctive.length === 0 && keys.loose === null) return undefined;
    const tried = list ? [keys.stem] : [keys.loose, keys.short, keys.stem];
    for (const key of tried) {
      const owners = key === null ? undefined : index.bags.get(key);
      // A lone word links only as a company's short form ("Nordwind"), never as a loose variant; only a
      // company drops company words ("Air China’s Beijing" is no Beijing).
      const usable = owners?.filter(
        (o) => (!single || o.method === 'short-form') && (key !== keys.short || o.kind === 'Organisation'),
      );
      if (usable !== undefined && usable.length > 0) return usable;
    }
    return undefined;
  };
  const withMarkers = find(true);
  const [head, tail] = [items[0], items[items.length - 1]];
  if (head === undefined || tail === undefined) return undefined;
  if (withMarkers) return { owners: withMarkers, from: head.from, to: tail.to };
  if (!items.some((i) => isMarker(i.item))) return undefined;
  // "Russia-DPRK Intergovernmental Commission": the countries are their own names, outside the match.
  const inner = items.filter((i) => !isMarker(i.item));
  const [innerHead, innerTail] = [inner[0], inner[inner.length - 1]];
  const owners = find(false);
  if (!owners || innerHead === undefined || innerTail === undefined || inner.length < 2) return undefined;
  return { owners, from: innerHead.from, to: innerTail.to };
}

/** Known people named by another romanisation, with a patronymic, or by initials and family name. */
function personSpans(text: string, tokens: readonly Token[], index: LinkIndex): Span[] {
  const spans: Span[] = [];
  const push = (from: number, to: number, owners: Owner[] | undefined, method: MatchMethod): void => {
    const head = tokens[from];
    const last = tokens[to];
    if (!owners || owners.length === 0 || !head || !last) return;
    spans.push({
      first: from,
      tokenCount: to - from + 1,
      start: head.start,
      end: last.end,
      owners,
      method,
      rank: 1,
    });
  };
  for (let first = 0; first < tokens.length; first += 1) {
    if (!mayStartPerson(text, tokens, first, index)) continue;
    const run = capitalisedRun(text, tokens, first);
    for (let count = run.length; count >= 2; count -= 1) {
      const part = run.slice(0, count);
      const to = first + count - 1;
      push(first, to, index.korean.get(koreanKey(part, index.gazetteer) ?? ''), 'romanisation');
      const [a, b, c] = part;
      if (count === 3 && a && b && c && isPatronymic(b)) {
        const owners = index.exact.get(`${a.key} ${c.key}`)?.owners.filter((o) => o.kind === 'Person');
        push(first, to, owners, 'patronymic');
      }
      const last = part[count - 1];
      if (last && !isInitial(text, last) && part.slice(0, -1).every((t) => isInitial(text, t)) && a)
        push(first, to, index.initials.get(initialsKey(a.raw, last)), 'initials');
      if (a && b && !isInitial(text, a) && part.slice(1).every((t) => isInitial(text, t)))
        push(first, to, index.initials.get(initialsKey(b.raw, a)), 'initials');
    }
  }
  return spans;
}

/** A Korean family name, an initial, a family name before initials, or a known first name: worth a look. */
function mayStartPerson(text: string, tokens: readonly Token[], first: number, index: LinkIndex): boolean {
  const token = tokens[first];
  const next = tokens[first + 1];
  if (token === undefined || next === undefined || !isCapitalised(token)) return false;
  return (
    index.gazetteer.koreanSurname.has(token.key) ||
    isInitial(text, token) ||
    isInitial(text, next) ||
    (index.longestByFirst.has(token.key) && isPatronymic(next))
  );
}

/**
 * Up to MAX_PERSON_TOKENS adjacent name tokens from a capitalised one: capitalised words, and the
 * lower-case syllables a hyphen or apostrophe attaches ("Jong-un", "T'ae-sŏng").
 */
function capitalisedRun(text: string, tokens: readonly Token[], first: number): Token[] {
  const run: Token[] = [];
  for (let at = first; at < tokens.length && run.length < MAX_PERSON_TOKENS; at += 1) {
    const token = tokens[at];
    const previous = run[run.length - 1];
    if (token === undefined || /^\p{N}/u.test(token.raw)) break;
    const gap = previous === undefined ? '' : gapBetween(text, previous, token);
    if (previous !== undefined && (!adjacent(text, previous, token) || gap.includes(','))) break;
    if (!isCapitalised(token) && (previous === undefined || !/^[-‐‑'’ʼ]$/u.test(gap))) break;
    run.push(token);
  }
  return run;
}
