/**
 * The whole database-free half of ingestion in one call: parse, split, link, propose. Everything
 * the write step stores (offsets, sentences, surfaces) comes from here, so it is all computed
 * against the one `article.text`.
 */
import { proposeCandidates, type Candidate } from './candidates.js';
import type { Linker, Mention } from './linker.js';
import type { ManifestEntry } from './manifest.js';
import { parseArticle, type ParsedArticle } from './parse.js';
import { splitSentences, type Sentence } from './sentences.js';
import { findZones, notContent, type Zones } from './zones.js';

export interface ArticleAnalysis {
  readonly article: ParsedArticle;
  readonly sentences: Sentence[];
  /** Credits, bylines, datelines and sign-offs: where the text speaks about itself (zones.ts). */
  readonly zones: Zones;
  readonly mentions: Mention[];
  readonly candidates: Candidate[];
}

export function analyseArticle(
  raw: string,
  meta: ManifestEntry | undefined,
  linker: Linker,
  source?: string,
): ArticleAnalysis {
  const article = parseArticle(raw, meta, source);
  const sentences = splitSentences(article.text);
  const zones = findZones(article.text);
  const mentions = linker.link(article.text, sentences, { skip: notContent(zones.zones) });
  const candidates = proposeCandidates(article.text, sentences, mentions, {
    zones,
    knows: (key) => linker.knows(key),
    suggest: (name, kinds) => linker.suggest(name, kinds),
    headline: article.headline === null ? null : { start: 0, end: article.headline.length },
  });
  return { article, sentences, zones, mentions, candidates };
}
