/**
 * Country names and adjectives in a token stream ("Russian Federation", "DPRK", "North Korean"), from the
 * gazetteer. Loose matching reads them as one marker per country, so "Security Council of the Russian
 * Federation" and "Russian Security Council" carry the same country.
 */
import type { Gazetteer } from '../gazetteer.js';
import { tokenize, type Token } from '../names.js';
import { adjacent } from './tokens.js';

export interface CountryMatch {
  /** Index of the first token. */
  readonly first: number;
  readonly count: number;
  /** "@" + the country's index in the gazetteer: equal for every form and adjective of one country. */
  readonly marker: string;
  readonly adjective: boolean;
}

interface Form {
  readonly keys: readonly string[];
  readonly marker: string;
  readonly adjective: boolean;
}

export interface CountryFinder {
  /** The longest country form or adjective starting at each token that starts one, by token index. */
  find(text: string, tokens: readonly Token[]): Map<number, CountryMatch>;
  /** Whether a folded single token is a country form or adjective ("china", "russian"). */
  isCountryWord(key: string): boolean;
}

export function createCountryFinder(gazetteer: Gazetteer): CountryFinder {
  const byFirst = new Map<string, Form[]>();
  const singles = new Set<string>();
  gazetteer.countries.forEach((country, index) => {
    const marker = `@${String(index)}`;
    const add = (name: string, adjective: boolean): void => {
      const keys = tokenize(name).map((t) => t.key);
      const first = keys[0];
      if (first === undefined) return;
      if (keys.length === 1) singles.add(first);
      const forms = byFirst.get(first) ?? [];
      forms.push({ keys, marker, adjective });
      forms.sort((a, b) => b.keys.length - a.keys.length);
      byFirst.set(first, forms);
    };
    for (const form of country.forms) add(form, false);
    for (const adjective of country.adjectives) add(adjective, true);
  });

  return {
    isCountryWord: (key) => singles.has(key),
    find(text, tokens) {
      const found = new Map<number, CountryMatch>();
      tokens.forEach((token, first) => {
        if (!/^\p{Lu}/u.test(token.raw)) return;
        for (const form of byFirst.get(token.key) ?? []) {
          if (matchesAt(text, tokens, first, form.keys)) {
            found.set(first, {
              first,
              count: form.keys.length,
              marker: form.marker,
              adjective: form.adjective,
            });
            return;
          }
        }
      });
      return found;
    },
  };
}

function matchesAt(text: string, tokens: readonly Token[], first: number, keys: readonly string[]): boolean {
  for (let offset = 0; offset < keys.length; offset += 1) {
    const token = tokens[first + offset];
    if (token === undefined || token.key !== keys[offset]) return false;
    const previous = tokens[first + offset - 1];
    if (offset > 0 && (previous === undefined || !adjacent(text, previous, token))) return false;
  }
  return true;
}
