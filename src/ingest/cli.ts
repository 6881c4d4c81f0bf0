import { SingleBar, Presets } from 'cli-progress';
import { ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { connectGraph } from '../neo4j/connect.js';
import type { Db } from '../neo4j/db.js';
import { acquireNeo4j } from '../neo4j/provider.js';
import { readArticleFiles, type ArticleFile } from './files.js';
import { LinkerCache } from './linker-cache.js';
import { ingestArticle, type IngestSummary } from './pipeline.js';

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

async function ingestFiles(db: Db, files: ArticleFile[]): Promise<void> {
  const linker = await new LinkerCache(db).get();
  const bar = new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}' }, Presets.shades_classic);
  bar.start(files.length, 0, { file: '' });
  const results: { file: string; summary: IngestSummary }[] = [];
  for (const f of files) {
    bar.update({ file: f.source });
    const summary = await ingestArticle(
      { db, linker },
      { raw: f.raw, source: f.source, ...(f.meta ? { meta: f.meta } : {}) },
    );
    results.push({ file: f.source, summary });
    bar.increment();
  }
  bar.stop();
  printSummary(results);
}

function printSummary(results: { file: string; summary: IngestSummary }[]): void {
  const created = results.filter((r) => r.summary.created).length;
  console.log(
    `\n${results.length} article(s): ${created} new, ${results.length - created} already in the graph`,
  );
  for (const { file, summary } of results) {
    const linked = summary.linked.map((l) => `${l.entityId}×${l.count}`).join(', ');
    const proposed = summary.candidates.map((c) => `${c.name} (${c.category})`).join(', ');
    console.log(`\n${file} → ${summary.articleId}${summary.created ? '' : ' (unchanged)'}`);
    console.log(
      `  linked ${summary.linked.length} entities, ${summary.mentionsCreated} new mentions: ${linked || '-'}`,
    );
    console.log(`  proposed ${summary.candidates.length} candidates: ${proposed || '-'}`);
    console.log(`  proposed ${summary.proposals.length} relations, statements and facts for review:`);
    for (const p of summary.proposals) console.log(`    ${p.id} ${p.summary}  [${p.rule}]`);
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
