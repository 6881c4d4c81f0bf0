/**
 * From matched spans to mentions: the longest span wins where spans overlap, a known name inside a
 * longer unknown one is dropped ("Moscow" in "Moscow Times", "Kim" in "Kim Yo Jong"), and each span gets
 * one entity, or none when the article does not settle which.
 */
import { isCommonWordKey } from '../common-words.js';
import { nameKey, type Token } from '../names.js';
import { isNameHead, NAME_FUNCTION_WORDS, TITLES } from '../name-words.js';
import { sentenceIndexAt, type Sentence } from '../sentences.js';
import type { LinkIndex, MatchMethod, Owner } from './index.js';
import { withinOneEdit } from './fuzzy.js';
import type { Span } from './scan.js';
import { adjacent, ALL_CAPS, isCapitalised, isInitial } from './tokens.js';
import { COMPANY_HEADS } from './words.js';

export interface Mention {
  readonly entityId: string;
  /** text.slice(start, end): the spelling the article uses. */
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
  /**
   * How the linker found a spelling that is none of the entity's names yet (a gazetteer form, a family
   * name, a short form, a romanisation, a misspelling...): an alias learnt from this article. null
   * when the surface is one of the entity's names.
   */
  readonly learnt: MatchMethod | null;
}

/** Capitalised words between a known name and a head word that make them one longer name. */
const MAX_WORDS_BEFORE_HEAD = 3;

/** Overlapping spans: the longer one wins, then the more exact, then the earlier. */
export function selectLongest(spans: readonly Span[]): Span[] {
  const ordered = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start,
  );
  const taken = new Set<number>();
  const chosen: Span[] = [];
  for (const span of ordered) {
    let free = true;
    for (let token = span.first; token < span.first + span.tokenCount && free; token += 1) {
      free = !taken.has(token);
    }
    if (!free) continue;
    for (let token = span.first; token < span.first + span.tokenCount; token += 1) taken.add(token);
    chosen.push(span);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * Whether a span is only part of a longer name the index does not know: followed by a head word
 * ("Moscow Times", "Vladivostok International Airport", "Kim Il Sung Square"), or, for a person's one
 * word, next to other name words ("Vladimir Kozlov", "Kim Yo Jong").
 */
export function insideLongerName(
  span: Span,
  text: string,
  tokens: readonly Token[],
  index: LinkIndex,
  /** Tokens of the other spans: a known name after this one is not part of an unknown longer one. */
  linked: ReadonlySet<number>,
): boolean {
  const last = span.first + span.tokenCount - 1;
  const next = tokens[last + 1];
  const lastToken = tokens[last];
  // "Interfax-Dalniy Vostok", "Aeroflot-Nord": a hyphen joins the name to another, unknown one.
  if (
    next !== undefined &&
    lastToken !== undefined &&
    text.slice(lastToken.end, next.start) === '-' &&
    isCapitalised(next) &&
    !linked.has(last + 1) &&
    span.owners.every((o) => o.kind !== 'Person')
  )
    return true;
  // In capitals ("NORDWIND AIRLINES EXPANDS INTERNATIONAL NETWORK") only a head right after counts.
  const shouting = ALL_CAPS.test(lastToken?.raw ?? '');
  for (let offset = 1; offset <= (shouting ? 1 : MAX_WORDS_BEFORE_HEAD + 1); offset += 1) {
    const token = tokens[last + offset];
    const previous = tokens[last + offset - 1];
    if (token === undefined || previous === undefined || !adjacent(text, previous, token)) break;
    if (!isCapitalised(token) || NAME_FUNCTION_WORDS.has(token.key) || linked.has(last + offset)) break;
    if (isNameHead(token.raw)) {
      // "Aeroflot Group", "Aurora Airlines": the company's own kind of word, not another name.
      const company = COMPANY_HEADS.has(token.key) && span.owners.every((o) => o.kind === 'Organisation');
      return !company;
    }
  }
  if (span.tokenCount !== 1 || !span.owners.every((o) => o.kind === 'Person')) return false;
  return [tokens[span.first - 1], tokens[last + 1]].some((neighbour, side) => {
    const [a, b] = side === 0 ? [neighbour, tokens[span.first]] : [tokens[last], neighbour];
    return (
      neighbour !== undefined &&
      a !== undefined &&
      b !== undefined &&
      /^[ \u00a0-]$/u.test(text.slice(a.end, b.start)) &&
      isNameWord(neighbour, text, index) &&
      // In capitals ("PUTIN’S PAL KIM GETS…") every word looks like a name.
      !(ALL_CAPS.test(neighbour.raw) && ALL_CAPS.test(tokens[span.first]?.raw ?? ''))
    );
  });
}

/**
 * Where a person's one-word name sits inside someone else's name ("Kim" in "Kim Yo Jong"), by the
 * person's id. A longer name one edit from the person's own ("Kim Jung Un") is a misspelling of it, not a
 * namesake.
 */
export function namesakesOf(
  inside: readonly Span[],
  text: string,
  tokens: readonly Token[],
  index: LinkIndex,
): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (const span of inside) {
    if (span.tokenCount !== 1) continue;
    let [from, to] = [span.first, span.first];
    // Neighbouring name words, and syllables a hyphen attaches ("Chol-man").
    const joined = (a: Token | undefined, b: Token | undefined, word: Token | undefined): boolean => {
      if (a === undefined || b === undefined || word === undefined) return false;
      const gap = text.slice(a.end, b.start);
      return gap === '-' || (/^[ \u00a0]$/u.test(gap) && isNameWord(word, text, index));
    };
    while (joined(tokens[from - 1], tokens[from], tokens[from - 1])) from -= 1;
    while (joined(tokens[to], tokens[to + 1], tokens[to + 1])) to += 1;
    const longer = nameKey(text.slice(tokens[from]?.start ?? 0, tokens[to]?.end ?? 0));
    for (const owner of span.owners) {
      if (owner.kind !== 'Person') continue;
      const own = [...(index.ownKeys.get(owner.id) ?? [])];
      if (own.some((key) => withinOneEdit(key, longer))) continue;
      found.set(owner.id, [...(found.get(owner.id) ?? []), span.start]);
    }
  }
  return found;
}

/** A capitalised word that could be part of a person's name (not a title, country word or common word). */
function isNameWord(token: Token, text: string, index: LinkIndex): boolean {
  return (
    isCapitalised(token) &&
    !isInitial(text, token) &&
    !TITLES.has(token.key) &&
    !isCommonWordKey(token.key) &&
    !index.countries.isCountryWord(token.key) &&
    !/^\p{N}/u.test(token.raw)
  );
}

/**
 * Picks the entity for each span, in two rounds so that weaker spans can rely on what the stronger ones
 * established:
 * 1. spans with one owner, except a person's one-word name;
 * 2. spans shared by namesakes: the one owner the article also names unambiguously; a person's one-word
 *    name: the one owner the article also names in full, provided the last full name before it with
 *    that word is this person's and not a namesake's ("Kim" after "Kim Jong Un" but after "Kim Yo Jong"
 *    is hers). Otherwise nothing.
 */
export function resolve(
  spans: readonly Span[],
  text: string,
  sentences: readonly Sentence[],
  index: LinkIndex,
  /** Where the article names someone else with a known person's one-word name, by that person's id. */
  namesakes: ReadonlyMap<string, readonly number[]> = new Map(),
): Mention[] {
  const linked = new Map<Span, Owner>();
  const named = new Set<string>();
  const namedInFull = new Map<string, number[]>();
  const accept = (span: Span, owner: Owner): void => {
    linked.set(span, owner);
    named.add(owner.id);
    if (owner.strength === 'full' && (span.tokenCount > 1 || owner.kind !== 'Person'))
      namedInFull.set(owner.id, [...(namedInFull.get(owner.id) ?? []), span.start]);
  };
  const lastBefore = (starts: readonly number[] | undefined, at: number): number =>
    Math.max(-1, ...(starts ?? []).filter((start) => start < at));
  const singleFits = (owner: Owner, at: number): boolean => {
    const full = lastBefore(namedInFull.get(owner.id), at);
    const other = lastBefore(namesakes.get(owner.id), at);
    if (!namedInFull.has(owner.id)) return false;
    // Before any full name: only an article with no namesake settles it.
    return full < 0 && other < 0 ? !namesakes.has(owner.id) : full > other;
  };

  for (const span of spans) {
    const [owner, ...others] = span.owners;
    if (owner !== undefined && others.length === 0 && owner.strength === 'full') accept(span, owner);
  }
  const shared = spans.filter((span) => span.owners.every((owner) => owner.strength === 'full'));
  for (const span of [...shared, ...spans.filter((span) => !shared.includes(span))]) {
    if (linked.has(span)) continue;
    const fits = span.owners.filter((owner) =>
      owner.strength === 'single' ? singleFits(owner, span.start) : named.has(owner.id),
    );
    const [owner, ...others] = fits;
    if (owner !== undefined && others.length === 0) accept(span, owner);
  }

  const mentions: Mention[] = [];
  for (const span of spans) {
    const owner = linked.get(span);
    const sentenceIndex = sentenceIndexAt(sentences, span.start);
    // A span outside every sentence means `sentences` belong to another text: nothing to cite.
    if (owner === undefined || sentenceIndex < 0) continue;
    const surface = text.slice(span.start, span.end);
    const method = span.method ?? owner.method;
    const own = index.ownKeys.get(owner.id)?.has(nameKey(surface)) ?? false;
    mentions.push({
      entityId: owner.id,
      surface,
      start: span.start,
      end: span.end,
      sentenceIndex,
      learnt: method !== null && !own ? method : null,
    });
  }
  return mentions;
}
