import { lineSentences, sentenceIndexAt, splitSentences, type Sentence } from '../../ingest/sentences.js';
import { tokenize, tokensWithKeys } from '../../ingest/names.js';
import type { EntityRow, PassageRow, SearchMatch } from '../rows.js';

/** How many of the searched keys occur among the tokens of a text. */
function overlap(text: string, keys: ReadonlySet<string>): number {
  const seen = new Set<string>();
  for (const t of tokenize(text)) if (keys.has(t.key)) seen.add(t.key);
  return seen.size;
}

/** True when two keys differ by at most one insertion, deletion or substitution (`shoygu` / `shoigu`). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The share of searched keys an entity's names contain, each exactly or (keys of five letters or more, as in
 * the Lucene query) within one edit. BM25 favours a rare exact word, so "Sergey Shoygu" alone would rank
 * Sergey Lavrov above Sergei Shoigu; coverage puts the entity that matches every word first.
 */
export function nameCoverage(entity: EntityRow, keys: ReadonlySet<string>): number {
  if (keys.size === 0) return 0;
  const nameKeys = new Set(entity.aliases.concat(entity.name).flatMap((a) => tokenize(a).map((t) => t.key)));
  let covered = 0;
  for (const key of keys) {
    if (nameKeys.has(key) || (key.length >= 5 && [...nameKeys].some((k) => withinOneEdit(k, key))))
      covered += 1;
  }
  return covered / keys.size;
}

/** The searched keys: every word's nameKey, so matching here is as tolerant as the index. */
export function searchKeys(text: string): Set<string> {
  return new Set(tokenize(text).map((t) => t.key));
}

/** Which name of an entity matched best: the canonical name unless an alias shares more words. */
export function entityPassage(
  entity: EntityRow,
  keys: ReadonlySet<string>,
): { matchedOn: SearchMatch; passage: PassageRow } {
  let best = entity.name;
  let bestScore = overlap(entity.name, keys);
  for (const alias of entity.aliases) {
    const score = overlap(alias, keys);
    if (score > bestScore) {
      best = alias;
      bestScore = score;
    }
  }
  return {
    matchedOn: best === entity.name ? 'NAME' : 'ALIAS',
    passage: { text: best, start: null, end: null },
  };
}

/**
 * The sentence of an article that shares the most words with the search (the first such); the title when no
 * sentence does (the index also covers titles); the opening sentence as a last resort (a fuzzy match). The text
 * is scanned once for the searched words (no Token for the others) and each one found is credited to its
 * sentence, found among the sentences of its own line only (a line break always ends a sentence): tokenising
 * and splitting the whole text was most of a search request's time in the service.
 */
export function articlePassage(
  article: { title: string | null; text: string | null },
  keys: ReadonlySet<string>,
): { matchedOn: SearchMatch; passage: PassageRow } {
  const text = article.text ?? '';
  const lines = new Map<number, Sentence[]>();
  const seen = new Map<Sentence, Set<string>>();
  for (const token of tokensWithKeys(text, keys)) {
    const lineStart = text.lastIndexOf('\n', token.start - 1) + 1;
    let sentences = lines.get(lineStart);
    if (sentences === undefined) {
      sentences = lineSentences(text, lineStart);
      lines.set(lineStart, sentences);
    }
    const sentence = sentences[sentenceIndexAt(sentences, token.start)];
    if (sentence === undefined || token.end > sentence.end) continue;
    const found = seen.get(sentence) ?? new Set<string>();
    found.add(token.key);
    seen.set(sentence, found);
  }
  let best: Sentence | undefined;
  let bestScore = 0;
  // Tokens come in text order, so sentences enter `seen` in text order: the first best one wins, as before.
  for (const [sentence, found] of seen) {
    if (found.size > bestScore) {
      best = sentence;
      bestScore = found.size;
    }
  }
  if (best) return { matchedOn: 'TEXT', passage: { text: best.text, start: best.start, end: best.end } };
  if (article.title !== null && overlap(article.title, keys) > 0) {
    return { matchedOn: 'TITLE', passage: { text: article.title, start: null, end: null } };
  }
  const first = splitSentences(text)[0];
  return {
    matchedOn: 'TEXT',
    passage: first
      ? { text: first.text, start: first.start, end: first.end }
      : { text: '', start: null, end: null },
  };
}
