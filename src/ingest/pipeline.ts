import { createHash } from 'node:crypto';
import { AppError } from '../errors.js';
import type { Db } from '../neo4j/db.js';
import type { ArticleAnalysis } from './analyse.js';
import { overlapBatches } from './batches.js';
import type { Linker } from './linker.js';
import type { Proposal } from './propose/index.js';
import type { ManifestEntry } from './manifest.js';
import type { StoredProps } from './resolve-entities.js';
import type { CandidateRecord, MentionRecord } from './write.js';
import { writeArticles, type ArticleWrite, type ArticleWriteResult } from './write-articles.js';
import { WriteBatcher } from './write-batcher.js';
import { proposalRecords } from './write-proposals.js';

export interface IngestInput {
  raw: string;
  /** File name or URL the text came from. */
  source?: string;
  meta?: ManifestEntry;
}

export interface LinkedEntity {
  entityId: string;
  surfaces: string[];
  count: number;
}

export interface ProposedCandidate {
  id: string;
  name: string;
  kindGuess: string | null;
  category: string;
  sentence: string;
}

export interface IngestSummary {
  articleId: string;
  title: string | null;
  /** False when an article with the same content was already in the graph. */
  created: boolean;
  mentionsCreated: number;
  /** By the entity each mention was written on (the kept one when the linked entity had been merged away). */
  linked: LinkedEntity[];
  /** Those entities as they were when the mentions were written. */
  entities: ReadonlyMap<string, StoredProps>;
  candidates: ProposedCandidate[];
  /** Ids of the relations, statements and facts proposed for review (stored apart, see write-proposals.ts). */
  proposals: { id: string; kind: string; rule: string; summary: string }[];
}

/** Candidates are keyed by their normalised name, so the same unknown name from two articles is one. */
export const candidateId = (key: string): string =>
  `candidate/${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;

/**
 * The one ingestion path (start-up seeding, `npm run ingest`, the `ingestArticle` mutation): parse, split,
 * link, propose, then one idempotent write keyed by the content hash.
 */
export async function ingestArticle(
  deps: { db: Db; linker: Linker },
  input: IngestInput,
): Promise<IngestSummary> {
  const [summary] = await ingestArticles(deps, [input]);
  if (!summary) throw new Error('ingestion of one article returned no summary');
  return summary;
}

/** Several articles: each analysed alone, all written in one transaction. */
export async function ingestArticles(
  deps: { db: Db; linker: Linker },
  inputs: readonly IngestInput[],
): Promise<IngestSummary[]> {
  const { analyseArticle } = await loadAnalysis();
  return writeAnalyses(
    deps.db,
    inputs.map((input) => analyseArticle(input.raw, input.meta, deps.linker, input.source)),
  );
}

/**
 * Many articles (`npm run ingest` of a folder), `size` to a write transaction: each batch's summaries in input
 * order, batches written one after another while the next is analysed (overlapBatches).
 */
export async function* ingestInBatches(
  deps: { db: Db; linker: Linker },
  inputs: readonly IngestInput[],
  size: number,
): AsyncGenerator<IngestSummary[], void, undefined> {
  const { analyseArticle } = await loadAnalysis();
  yield* overlapBatches(inputs, size, {
    prepare: (input) => analyseArticle(input.raw, input.meta, deps.linker, input.source),
    write: (analyses) => writeAnalyses(deps.db, analyses),
  });
}

/**
 * The analysis stages and the linker (compromise's lexicon and tagger among them, some 40 MB) load when an
 * article is first analysed or a linker built in this thread, not with the service: the service analyses on
 * worker threads (src/ingest/worker/), so its main thread never needs them once the graph is seeded.
 */
export async function loadAnalysis(): Promise<
  Pick<typeof import('./analyse.js'), 'analyseArticle'> & Pick<typeof import('./linker.js'), 'createLinker'>
> {
  const [{ analyseArticle }, { createLinker }] = await Promise.all([
    import('./analyse.js'),
    import('./linker.js'),
  ]);
  return { analyseArticle, createLinker };
}

/** The write half of ingestion, for callers that also need the analysis itself (seeding locates references in it). */
export async function writeAnalysis(db: Db, analysis: ArticleAnalysis): Promise<IngestSummary> {
  const [summary] = await writeAnalyses(db, [analysis]);
  if (!summary) throw new Error('writing one article returned no summary');
  return summary;
}

/** Writes one analysed article for a request (`db`, the request's view) and summarises it (`ingestArticle`). */
export type IngestWriter = (analysis: ArticleAnalysis, db: Db) => Promise<IngestSummary>;

/** Articles in one of the service's write transactions at most, and their text (characters) at most. */
const SERVICE_BATCH = { maxItems: 50, maxWeight: 400_000 };

/**
 * The service's writer: ingests that arrive while one is being written go together in the next transaction
 * (WriteBatcher), each caller answered with its own summary or error. The database away fails them all alike.
 * A lone article is written through its request's view of the database, several through one carrying all
 * their requests' tags (Db.forRequests).
 */
export function batchedIngestWriter(db: Db): IngestWriter {
  type Item = { analysis: ArticleAnalysis; db: Db };
  const write = (items: Item[]) =>
    writeAnalyses(
      items.length === 1 && items[0] ? items[0].db : db.forRequests(items.map((item) => item.db)),
      items.map((item) => item.analysis),
    );
  const batcher = new WriteBatcher(write, {
    ...SERVICE_BATCH,
    weight: (item) => item.analysis.article.text.length,
    shared: (error) => error instanceof AppError && error.code === 'UNAVAILABLE',
  });
  return (analysis, requestDb) => batcher.submit({ analysis, db: requestDb });
}

/** Writes analysed articles in one transaction (see writeArticlesTx) and summarises each. */
export async function writeAnalyses(db: Db, analyses: readonly ArticleAnalysis[]): Promise<IngestSummary[]> {
  const writes = analyses.map(articleWrite);
  const results = await writeArticles(db, writes);
  return analyses.map((analysis, i) => {
    const result = results[i];
    const write = writes[i];
    if (!result || !write) throw new Error('a written article has no result');
    return summarise(analysis, write, result);
  });
}

/** The records the write stage stores for one analysed article. */
export function articleWrite(analysis: ArticleAnalysis): ArticleWrite {
  const { article, sentences, mentions, candidates, proposals } = analysis;
  const sentenceOf = (index: number) => sentences[index];
  return {
    article: {
      id: article.id,
      contentHash: article.contentHash,
      title: article.title,
      outlet: article.outlet,
      author: article.author,
      publishedAt: article.publishedAt,
      url: article.url,
      source: article.source,
      text: article.text,
    },
    mentions: mentions.map((m): MentionRecord => {
      const s = sentenceOf(m.sentenceIndex);
      return {
        entityId: m.entityId,
        via: 'name',
        learnt: m.learnt,
        surface: m.surface,
        start: m.start,
        end: m.end,
        sentence: s?.text ?? '',
        sentenceIndex: m.sentenceIndex,
        sentenceStart: s?.start ?? 0,
      };
    }),
    // One record per spelling: every sighting of a variant becomes a mention when the candidate is resolved.
    candidates: candidates.flatMap((c) =>
      [c, ...c.variants].map((sighting): CandidateRecord => ({
        id: candidateId(c.key),
        key: c.key,
        name: c.name,
        kindGuess: c.kindGuess,
        category: c.category,
        variants: [c.name, ...c.variants.map((v) => v.name)],
        aliasOfId: c.aliasOf?.entityId ?? null,
        aliasReason: c.aliasOf?.reason ?? null,
        start: sighting.start,
        end: sighting.end,
        sentence: sentenceOf(sighting.sentenceIndex)?.text ?? '',
        sentenceIndex: sighting.sentenceIndex,
      })),
    ),
    proposals: proposalRecords(article.id, sentences, proposals),
  };
}

function summarise(
  analysis: ArticleAnalysis,
  write: ArticleWrite,
  result: ArticleWriteResult,
): IngestSummary {
  const linked = new Map<string, LinkedEntity>();
  const entities = new Map<string, StoredProps>();
  for (const m of analysis.mentions) {
    const entity = result.writtenOn.get(m.entityId);
    const entityId = entity?.id ?? m.entityId;
    if (entity) entities.set(entityId, entity);
    const entry = linked.get(entityId) ?? { entityId, surfaces: [], count: 0 };
    entry.count += 1;
    if (!entry.surfaces.includes(m.surface)) entry.surfaces.push(m.surface);
    linked.set(entityId, entry);
  }
  return {
    articleId: result.articleId,
    title: analysis.article.title,
    created: result.created,
    mentionsCreated: result.mentionsCreated,
    linked: [...linked.values()],
    entities,
    candidates: analysis.candidates.map((c) => ({
      id: candidateId(c.key),
      name: c.name,
      kindGuess: c.kindGuess,
      category: c.category,
      sentence: analysis.sentences[c.sentenceIndex]?.text ?? '',
    })),
    proposals: (write.proposals ?? []).map((r, i) => ({
      id: r.id,
      kind: String(r.props.kind),
      rule: String(r.props.rule),
      summary: describeProposal(analysis.proposals[i]),
    })),
  };
}

/** One line a person can read: `HOLDS_OFFICE Alexander Kozlov → Russia`, `Yun said: “…”`. */
function describeProposal(p: Proposal | undefined): string {
  if (!p) return '';
  switch (p.kind) {
    case 'relation':
      return `${p.type} ${p.subject.name} → ${p.object.name}${p.role ? ` (${p.role})` : ''}`;
    case 'statement':
      return `${p.speaker.name} said: “${p.quote.length > 80 ? `${p.quote.slice(0, 79)}…` : p.quote}”`;
    case 'fact':
      return `${p.subject.name} ${p.property} = ${p.value}`;
  }
}
