/**
 * The database-free half of ingestion, as a pipeline of stages:
 *
 *   parse (parse.ts) → segment (segment.ts) → link (linker.ts) → candidates (candidates.ts)
 *   → propose (propose/) → [write: write.ts]
 *
 * Each stage is a function of the text and what the stages before it found, with its own unit tests. Every
 * offset the write step stores is computed against the one `article.text`. A new extractor is a new stage
 * here, reading what the others produced.
 */
import { proposeCandidates, type Candidate } from './candidates.js';
import type { Linker, Mention } from './linker.js';
import type { ManifestEntry } from './manifest.js';
import { parseArticle, type ParsedArticle } from './parse.js';
import { proposeContext } from './propose/context.js';
import { proposeArticle, type Proposal } from './propose/index.js';
import { segmentText } from './segment.js';
import type { Sentence } from './sentences.js';
import { notContent, type Zones } from './zones.js';

export interface ArticleAnalysis {
  readonly article: ParsedArticle;
  readonly sentences: Sentence[];
  /** Credits, bylines, datelines and sign-offs: where the text speaks about itself (zones.ts). */
  readonly zones: Zones;
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
  const { text } = article;
  const { sentences, zones } = segmentText(text);
  const mentions = linker.link(text, sentences, { skip: notContent(zones.zones) });
  const candidates = proposeCandidates(text, sentences, mentions, {
    zones,
    knows: (key) => linker.knows(key),
    suggest: (name, kinds) => linker.suggest(name, kinds),
    headline: article.headline === null ? null : { start: 0, end: article.headline.length },
  });
  const proposals = proposeArticle(
    { text, publishedAt: article.publishedAt, sentences, mentions, candidates },
    proposeContext(linker),
  );
  return { article, sentences, zones, mentions, candidates, proposals };
}
