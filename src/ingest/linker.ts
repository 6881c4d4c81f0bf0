/**
 * Entity linking: finds every known name in an article and ties it to one entity, or to none when
 * the name is ambiguous or too weak to trust.
 *
 * The index is a hash map from an alias key (token keys joined by spaces, see names.ts) to its
 * owners, plus the longest alias length per first token. Linking tokenizes the text once and,
 * at each token, looks up at most that many keys, so the cost grows with the text and the longest
 * alias, never with the number of entities.
 */
import type { EntityKind } from '../graph/relation-types.js';
import { isCommonWordKey } from './common-words.js';
import { tokenize, type Token } from './names.js';
import { sentenceIndexAt, type Sentence } from './sentences.js';

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

export interface Mention {
  readonly entityId: string;
  /** text.slice(start, end): the spelling the article uses. */
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
}

export interface LinkOptions {
  /** Spans of the text that name nothing the article says (picture credits, bylines): never linked. */
  readonly skip?: readonly { readonly start: number; readonly end: number }[];
}

export interface Linker {
  /** Mentions in text order; `sentences` must come from splitSentences(text). */
  link(text: string, sentences: readonly Sentence[], options?: LinkOptions): Mention[];
  /** Distinct alias keys in the index. */
  readonly aliasCount: number;
  /**
   * Whether a nameKey is a known entity's name or alias, linkable alone or not ("Oleg", "Post"): such a
   * name is linked or left alone, never proposed as a new candidate.
   */
  knows(key: string): boolean;
}

interface Owner {
  readonly id: string;
  readonly kind: EntityKind;
  readonly standalone: boolean;
}

interface AliasEntry {
  readonly tokenCount: number;
  readonly owners: Owner[];
  /** Some spelling starts in lower case ("de Gaulle"), so the text may too. */
  lowercaseAllowed: boolean;
  /** Every spelling is an all-caps acronym ("DPRK"), so the text must be too ("us" is not "US"). */
  acronym: boolean;
  /** Some spelling ends in an initial's full stop ("U.S."), which then belongs to the surface. */
  dotted: boolean;
}

interface Span {
  readonly first: number;
  readonly tokenCount: number;
  readonly start: number;
  readonly end: number;
  readonly entry: AliasEntry;
}

/** Separators allowed between the tokens of one name: a space, a hyphen or an apostrophe. */
const NAME_GAP = /^(?:[ \u00a0]{1,2}|[-‐‑–]|['’ʼ])$/u;
/** After an initial ("U.S. National", "John F. Kennedy") a full stop may be part of the gap. */
const INITIAL_GAP = /^\.[ \u00a0]?$/u;
/** Inside a list-like official name ("Trade, Economy, Science, and Technology"). */
const COMMA_GAP = /^,[ \u00a0]?$/u;
/** Joins token keys where the name has a comma, so list-like names match only with their commas. */
const COMMA = ',';
const CAPITAL_START = /^[\p{Lu}\p{N}]/u;
const ALL_CAPS = /^[\p{Lu}\p{N}]{2,}$/u;

/** Builds the alias index once; linking then never looks at the entity list again. */
export function createLinker(entities: readonly LinkableEntity[]): Linker {
  const aliases = new Map<string, AliasEntry>();
  const longestByFirst = new Map<string, number>();
  const known = new Set<string>();

  for (const entity of entities) {
    const standalone = new Set(entity.standaloneAliases ?? []);
    for (const alias of new Set([entity.name, ...entity.aliases])) {
      const tokens = tokenize(alias);
      const first = tokens[0];
      if (first === undefined) continue;
      known.add(tokens.map((token) => token.key).join(' '));
      if (!isLinkableAlone(tokens)) continue;
      const key = spanKey(alias, tokens);
      let entry = aliases.get(key);
      if (entry === undefined) {
        entry = {
          tokenCount: tokens.length,
          owners: [],
          lowercaseAllowed: false,
          acronym: true,
          dotted: false,
        };
        aliases.set(key, entry);
      }
      if (!entry.owners.some((owner) => owner.id === entity.id)) {
        entry.owners.push({ id: entity.id, kind: entity.kind, standalone: standalone.has(alias) });
      }
      entry.lowercaseAllowed ||= /^\p{Ll}/u.test(first.raw);
      entry.acronym &&= tokens.length === 1 && ALL_CAPS.test(first.raw);
      entry.dotted ||= /(?:^|[^\p{L}])\p{L}\.$/u.test(alias.trim());
      longestByFirst.set(first.key, Math.max(longestByFirst.get(first.key) ?? 0, tokens.length));
    }
  }

  return {
    aliasCount: aliases.size,
    knows: (key) => known.has(key),
    link(text: string, sentences: readonly Sentence[], options?: LinkOptions): Mention[] {
      const skip = options?.skip ?? [];
      const found = findSpans(text, tokenize(text), aliases, longestByFirst).filter(
        (span) => !skip.some((zone) => zone.start < span.end && span.start < zone.end),
      );
      return resolve(selectLongest(found), text, sentences);
    },
  };
}

/** The index key of a run of tokens: token keys joined by spaces, or by COMMA where a comma separates them. */
function spanKey(text: string, tokens: readonly Token[]): string {
  let key = tokens[0]?.key ?? '';
  for (let index = 1; index < tokens.length; index += 1) {
    const previous = tokens[index - 1];
    const token = tokens[index];
    if (previous === undefined || token === undefined) break;
    key += separator(text.slice(previous.end, token.start), token) + token.key;
  }
  return key;
}

/** ', and' is ' and' (with or without the serial comma); any other comma is kept in the key. */
function separator(gap: string, next: Token): string {
  return gap.includes(',') && next.key !== 'and' && next.raw !== '&' ? COMMA : ' ';
}

/**
 * A single-token alias that is a common word, one letter or a number would link noise; an
 * all-caps acronym ("US") is kept because casingFits then demands capitals in the text too.
 */
function isLinkableAlone(tokens: readonly Token[]): boolean {
  const [only, ...more] = tokens;
  if (only === undefined) return false;
  if (more.length > 0 || ALL_CAPS.test(only.raw)) return true;
  return only.key.length > 1 && !isCommonWordKey(only.key) && !/^\p{N}+$/u.test(only.key);
}

/** The longest acceptable alias starting at each token. */
function findSpans(
  text: string,
  tokens: readonly Token[],
  aliases: ReadonlyMap<string, AliasEntry>,
  longestByFirst: ReadonlyMap<string, number>,
): Span[] {
  const spans: Span[] = [];
  for (let first = 0; first < tokens.length; first += 1) {
    const firstToken = tokens[first];
    if (firstToken === undefined) continue;
    const longest = longestByFirst.get(firstToken.key);
    if (longest === undefined) continue;
    // Keys of the runs of 1..n adjacent tokens starting here, n bounded by the longest alias.
    const keys = [firstToken.key];
    while (keys.length < longest) {
      const previous = tokens[first + keys.length - 1];
      const next = tokens[first + keys.length];
      if (previous === undefined || next === undefined || !adjacent(text, previous, next)) break;
      keys.push(
        `${keys[keys.length - 1] ?? ''}${separator(text.slice(previous.end, next.start), next)}${next.key}`,
      );
    }
    for (let count = keys.length; count >= 1; count -= 1) {
      const entry = aliases.get(keys[count - 1] ?? '');
      const last = tokens[first + count - 1];
      if (entry === undefined || last === undefined) continue;
      const end = entry.dotted && last.raw.length === 1 && text[last.end] === '.' ? last.end + 1 : last.end;
      if (!casingFits(entry, text.slice(firstToken.start, end))) continue;
      spans.push({ first, tokenCount: count, start: firstToken.start, end, entry });
      break;
    }
  }
  return spans;
}

function adjacent(text: string, previous: Token, next: Token): boolean {
  const gap = text.slice(previous.end, next.start);
  return NAME_GAP.test(gap) || COMMA_GAP.test(gap) || (previous.raw.length === 1 && INITIAL_GAP.test(gap));
}

/** Names are capitalised in running text; this is what keeps "aurora" or "us" from linking. */
function casingFits(entry: AliasEntry, surface: string): boolean {
  if (entry.acronym) return ALL_CAPS.test(surface);
  return entry.lowercaseAllowed || CAPITAL_START.test(surface);
}

/** Overlapping spans: the longer one wins (then the earlier one). */
function selectLongest(spans: readonly Span[]): Span[] {
  const byLength = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Set<number>();
  const chosen: Span[] = [];
  for (const span of byLength) {
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

/** A surname-like alias of a person: trusted only next to the person's full name. */
function isPersonSingle(span: Span, owner: Owner): boolean {
  return span.entry.tokenCount === 1 && owner.kind === 'Person' && !owner.standalone;
}

/**
 * Picks the entity for each span, in three rounds so that later, weaker spans can rely on what the
 * stronger ones established:
 * 1. unambiguous aliases (one owner), except a person's single-token alias;
 * 2. aliases shared by several entities (namesakes): the one owner that the article also names
 *    unambiguously, otherwise nothing;
 * 3. single-token aliases of people: only an owner the article also names with a multi-token alias.
 */
function resolve(spans: readonly Span[], text: string, sentences: readonly Sentence[]): Mention[] {
  const linked = new Map<Span, string>();
  const named = new Set<string>();
  const namedInFull = new Set<string>();
  const accept = (span: Span, owner: Owner): void => {
    linked.set(span, owner.id);
    named.add(owner.id);
    if (span.entry.tokenCount > 1) namedInFull.add(owner.id);
  };

  for (const span of spans) {
    const [owner, ...others] = span.entry.owners;
    if (owner !== undefined && others.length === 0 && !isPersonSingle(span, owner)) accept(span, owner);
  }
  const shared = spans.filter((span) => span.entry.owners.length > 1 && span.entry.tokenCount > 1);
  const rest = spans.filter((span) => !linked.has(span) && !shared.includes(span));
  for (const span of [...shared, ...rest]) {
    const fits = span.entry.owners.filter((owner) =>
      isPersonSingle(span, owner) ? namedInFull.has(owner.id) : named.has(owner.id),
    );
    const [owner, ...others] = fits;
    if (owner !== undefined && others.length === 0) accept(span, owner);
  }

  const mentions: Mention[] = [];
  for (const span of spans) {
    const entityId = linked.get(span);
    const sentenceIndex = sentenceIndexAt(sentences, span.start);
    // A span outside every sentence means `sentences` belong to another text: nothing to cite.
    if (entityId === undefined || sentenceIndex < 0) continue;
    mentions.push({
      entityId,
      surface: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      sentenceIndex,
    });
  }
  return mentions;
}
