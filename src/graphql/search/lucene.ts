import { tokenize, type Token } from '../../ingest/names.js';

/** Every character Lucene's classic query parser treats as syntax (`&&` and `||` are covered by & and |). */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene query syntax so the text is matched as written. */
export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

export interface SearchTerms {
  /** The words of the text as typed, lower-cased. */
  words: string[];
  /** Their nameKey() forms (transliteration-folded) that differ from the words. */
  keys: string[];
}

/** Lucene refuses queries of more than 1024 clauses; each word costs up to four. Longer text is cut. */
export const MAX_SEARCH_WORDS = 32;

/**
 * The words of a search text: runs of letters and digits (the same tokens names are keyed on), lower-cased so
 * AND / OR / NOT are words, not operators. Everything else, query syntax included, only separates words.
 */
export function searchTerms(text: string): SearchTerms {
  const tokens: Token[] = [];
  const seen = new Set<string>();
  for (const t of tokenize(text)) {
    const word = t.raw.toLowerCase();
    if (seen.has(word)) continue;
    if (seen.size === MAX_SEARCH_WORDS) break;
    seen.add(word);
    tokens.push(t);
  }
  const words = tokens.map((t) => t.raw.toLowerCase());
  const keys = [...new Set(tokens.map((t) => t.key))].filter((k) => !words.includes(k));
  return { words, keys };
}

/**
 * A Lucene query that finds any of the words or their name keys; entity names may also match with one edit
 * (`Shoygu` finds `Shoigu`) at a lower weight. Each term is escaped even though tokenising already removed
 * the syntax characters: the escaping is the guarantee, the tokenising the relevance. Null when the text has
 * no words (`*:*`, `"`), which finds nothing rather than everything.
 */
export function luceneQuery(terms: SearchTerms, options: { fuzzy: boolean }): string | null {
  if (terms.words.length === 0) return null;
  const parts = [...terms.words, ...terms.keys].map(escapeLucene);
  if (options.fuzzy) {
    for (const word of terms.words) if (word.length >= 5) parts.push(`${escapeLucene(word)}~1^0.5`);
  }
  if (terms.words.length > 1) parts.push(`"${terms.words.map(escapeLucene).join(' ')}"^2`);
  return parts.join(' ');
}
