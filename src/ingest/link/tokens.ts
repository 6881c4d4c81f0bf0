/** How the words of one name sit next to each other in a text. */
import type { Token } from '../names.js';

/** Separators allowed between the tokens of one name: a space, a hyphen or an apostrophe. */
const NAME_GAP = /^(?:[ \u00a0]{1,2}|[-‐‑–]|['’ʼ])$/u;
/** After an initial ("U.S. National", "John F. Kennedy", "S.K.Shoigu") a full stop may be part of the gap. */
const INITIAL_GAP = /^\.[ \u00a0]?$/u;
/** Inside a list-like official name ("Trade, Economy, Science, and Technology"). */
const COMMA_GAP = /^,[ \u00a0]?$/u;
/** After a possessive ("Russia’s Foreign Ministry"): the tokenizer drops the "s", leaving the gap. */
const POSSESSIVE_GAP = /^['’ʼ]s?[ \u00a0]$/u;

export const CAPITAL_START = /^[\p{Lu}\p{N}]/u;
export const ALL_CAPS = /^[\p{Lu}\p{N}]{2,}$/u;
/** Joins token keys where the name has a comma, so list-like names match only with their commas. */
export const COMMA = ',';

export function gapBetween(text: string, previous: Token, next: Token): string {
  return text.slice(previous.end, next.start);
}

/** Whether two tokens can belong to one name. */
export function adjacent(text: string, previous: Token, next: Token): boolean {
  const gap = gapBetween(text, previous, next);
  return NAME_GAP.test(gap) || COMMA_GAP.test(gap) || (previous.raw.length === 1 && INITIAL_GAP.test(gap));
}

/** Whether `next` continues the name after a possessive ("Russia’s" + "Foreign Ministry"). */
export function possessiveBetween(text: string, previous: Token, next: Token): boolean {
  return POSSESSIVE_GAP.test(gapBetween(text, previous, next));
}

/**
 * How a gap shows in a key: ', and' is ' and' (with or without the serial comma), any other comma and a
 * possessive ("People’s Republic") are kept, so such names match only with them.
 */
export function separator(gap: string, next: Token): string {
  if (POSSESSIVE_GAP.test(gap)) return "'";
  return gap.includes(',') && next.key !== 'and' && next.raw !== '&' ? COMMA : ' ';
}

/** The index key of adjacent tokens: token keys joined by spaces, or by COMMA where a comma separates them. */
export function spanKey(text: string, tokens: readonly Token[], keys?: readonly string[]): string {
  let key = keys?.[0] ?? tokens[0]?.key ?? '';
  for (let index = 1; index < tokens.length; index += 1) {
    const previous = tokens[index - 1];
    const token = tokens[index];
    if (previous === undefined || token === undefined) break;
    key += separator(gapBetween(text, previous, token), token) + (keys?.[index] ?? token.key);
  }
  return key;
}

export function isCapitalised(token: Token): boolean {
  return CAPITAL_START.test(token.raw);
}

/** A single capital letter followed by a full stop in the text: an initial. */
export function isInitial(text: string, token: Token): boolean {
  return /^\p{Lu}$/u.test(token.raw) && text[token.end] === '.';
}
