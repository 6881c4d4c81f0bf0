/**
 * The whole database-free half of ingestion in one call: parse, split, link, candidates, propose. Everything
 * the write step stores (offsets, sentences, surfaces) comes from here, so it is all computed
 * against the one `article.text`.
 */
import { proposeCandidates, type Candidate } from './candidates.js';
import type { Linker, Mention } from './linker.js';
import type { ManifestEntry } from './manifest.js';
import { parseArticle, type ParsedArticle } from './parse.js';
import { proposeContext } from './propose/context.js';
import { proposeArticle, type Proposal } from './propose/index.js';
import { splitSentences, type Sentence } from './sentences.js';

export interface ArticleAnalysis {
  readonly article: ParsedArticle;
  readonly sentences: Sentence[];
  readonly mentions: Mention[];
  readonly candidates: Candidate[];
  /** Relations, statements and facts the article states, for review (src/ingest/propose/). */
  readonly proposals: Proposal[];
}

export function analyseArticle(
  raw: string,
  meta: ManifestEntry | undefined,
  linker: Linker,
  source?: string,
): ArticleAnalysis {
  const article = parseArticle(raw, meta, source);
  const sentences = splitSentences(article.text);
  const mentions = linker.link(article.text, sentences);
  const candidates = proposeCandidates(article.text, sentences, mentions);
  const proposals = proposeArticle(
    { text: article.text, publishedAt: article.publishedAt, sentences, mentions, candidates },
    proposeContext(linker),
  );
  return { article, sentences, mentions, candidates, proposals };
}
