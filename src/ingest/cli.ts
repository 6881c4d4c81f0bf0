import { performance } from 'node:perf_hooks';
import { SingleBar, Presets } from 'cli-progress';
import { ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { connectGraph } from '../neo4j/connect.js';
import type { Db } from '../neo4j/db.js';
import { acquireNeo4j } from '../neo4j/provider.js';
import { awaitArticleIndex } from './article-index.js';
import { readArticleFiles, type ArticleFile } from './files.js';
import { LinkerCache } from './linker-cache.js';
import { ingestInBatches, type IngestSummary } from './pipeline.js';

/** `npm run ingest -- <file|folder>...`: the same pipeline the API uses, with a progress bar and a summary. */
async function run(paths: string[]): Promise<void> {
  if (paths.length === 0) {
    console.error('usage: npm run ingest -- <file|folder>...');
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  // Quiet logs so the progress bar stays readable; warnings and errors still show.
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const files = await readArticleFiles(paths);
  const neo4j = await acquireNeo4j(config, logger, 'service');
  try {
    const { db, close } = await connectGraph(neo4j, config.neo4j, logger);
    try {
      await ingestFiles(db, files);
    } finally {
      await close();
    }
  } finally {
    await neo4j.stop();
  }
}

/** Articles per write transaction: big enough that a transaction's fixed cost is shared, small enough to retry. */
const BATCH = 100;
/** Above this many articles the summary gives totals only. */
const DETAILED = 20;

async function ingestFiles(db: Db, files: ArticleFile[]): Promise<void> {
  const linker = await new LinkerCache(db).get();
  const bar = new SingleBar(
    {
      format: 'ingest [{bar}] {value}/{total} articles | {rate} articles/s | eta {eta_formatted} | {file}',
      // Piped into a log, the bar is printed as a line every few seconds instead of redrawn.
      noTTYOutput: true,
      notTTYSchedule: 5_000,
    },
    Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(files.length, 0, { file: '', rate: '0' });
  const results: { file: string; summary: IngestSummary }[] = [];
  const inputs = files.map((f) => ({ raw: f.raw, source: f.source, ...(f.meta ? { meta: f.meta } : {}) }));
  bar.update({ file: files[0]?.source ?? '' });
  for await (const summaries of ingestInBatches({ db, linker }, inputs, BATCH)) {
    summaries.forEach((summary) => results.push({ file: files[results.length]?.source ?? '', summary }));
    const seconds = (performance.now() - started) / 1000;
    bar.increment(summaries.length, {
      rate: (results.length / seconds).toFixed(0),
      file: files[results.length]?.source ?? '',
    });
  }
  bar.stop();
  // The text index is near-real-time: a folder ingest reports done when its articles are also searchable.
  await awaitArticleIndex(db);
  printSummary(results, (performance.now() - started) / 1000);
}

/** Totals, and each article's detail when there are few enough to read. */
function printSummary(results: { file: string; summary: IngestSummary }[], seconds: number): void {
  const created = results.filter((r) => r.summary.created).length;
  const mentions = results.reduce((n, r) => n + r.summary.mentionsCreated, 0);
  const candidates = results.reduce((n, r) => n + r.summary.candidates.length, 0);
  console.log(
    `\n${String(results.length)} article(s) in ${seconds.toFixed(1)} s: ${String(created)} new, ` +
      `${String(results.length - created)} already in the graph; ${String(mentions)} new mentions, ` +
      `${String(candidates)} candidate names proposed`,
  );
  if (results.length > DETAILED) return;
  for (const { file, summary } of results) {
    const linked = summary.linked.map((l) => `${l.entityId}×${String(l.count)}`).join(', ');
    const proposed = summary.candidates.map((c) => `${c.name} (${c.category})`).join(', ');
    console.log(`\n${file} → ${summary.articleId}${summary.created ? '' : ' (unchanged)'}`);
    console.log(
      `  linked ${String(summary.linked.length)} entities, ${String(summary.mentionsCreated)} new mentions: ${linked || '-'}`,
    );
    console.log(`  proposed ${String(summary.candidates.length)} candidates: ${proposed || '-'}`);
    console.log(`  proposed ${String(summary.proposals.length)} relations, statements and facts for review:`);
    for (const p of summary.proposals) console.log(`    ${p.id} ${p.summary}  [${p.rule}]`);
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
