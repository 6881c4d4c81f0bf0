// `npm run generate -- --size S|M|L [--seed n] [--batch n]`: a deterministic synthetic corpus written through the
// ingestion write stage into the Neo4j of that size (var/bench-neo4j-<size>, kept for reuse; or NEO4J_URI).
// `--entities-only` loads just the entities (for an ingestion run over the articles as files); `--files <dir>`
// writes the articles as .txt files with a manifest.json and loads nothing.
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { graphCountsByLabel } from '../../src/ingest/seed.js';
import { createLogger } from '../../src/logger.js';
import { connectGraph } from '../../src/neo4j/connect.js';
import { benchConfig, benchNeo4j } from '../neo4j.js';
import { isSizeName, SyntheticCorpus, type SizeName } from './corpus.js';
import { loadCorpus } from './load.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'S' },
    seed: { type: 'string', default: '1' },
    batch: { type: 'string', default: '200' },
    files: { type: 'string' },
    'entities-only': { type: 'boolean', default: false },
  },
});

const load1 = (): string => loadavg()[0]?.toFixed(1) ?? '?';

async function writeFiles(corpus: SyntheticCorpus, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const manifest = [];
  for (let i = 0; i < corpus.articleCount; i += 1) {
    const { article } = corpus.article(i);
    const file = article.source ?? `${String(i)}.txt`;
    await writeFile(join(dir, file), `${article.text}\n`);
    const { title, outlet, author, url, publishedAt } = article;
    manifest.push({ file, title, outlet, author, url, publishedAt });
  }
  await writeFile(
    join(dir, 'manifest.json'),
    JSON.stringify({ about: 'synthetic corpus', articles: manifest }),
  );
  console.log(`${String(corpus.articleCount)} articles written to ${dir}`);
}

async function main(size: SizeName, seed: number): Promise<void> {
  let t = performance.now();
  const corpus = new SyntheticCorpus(size, seed);
  console.log(
    `size ${size}, seed ${String(seed)}: ${String(corpus.allEntities().length)} entities, ${String(corpus.articleCount)} articles, ` +
      `Zipf exponent ${corpus.exponent.toFixed(3)} (${((performance.now() - t) / 1000).toFixed(1)} s to prepare)`,
  );
  if (values.files) {
    await writeFiles(corpus, values.files);
    return;
  }

  const logger = createLogger('warn');
  const config = benchConfig(size);
  const neo4j = await benchNeo4j(size, logger);
  try {
    const { db, close } = await connectGraph(
      neo4j,
      { acquisitionTimeoutMs: 30_000, queryTimeoutMs: 600_000 },
      logger,
    );
    try {
      const before = await graphCountsByLabel(db);
      const loaded = before.Article ?? 0;
      const target = values['entities-only'] ? 0 : corpus.articleCount;
      if ((before.Entity ?? 0) >= corpus.allEntities().length && loaded >= target) {
        console.log(`already loaded (${JSON.stringify(before)}); nothing to do`);
        return;
      }
      // A run stopped half way resumes one batch before the count: batches commit in order.
      const batch = Number(values.batch);
      const from = values['entities-only']
        ? corpus.articleCount
        : Math.max(0, Math.floor(loaded / batch) * batch - batch);
      const bar = new SingleBar(
        {
          format:
            'load [{bar}] {value}/{total} articles | {mentions} mentions | {rate} articles/s | eta {eta}s',
        },
        Presets.shades_classic,
      );
      t = performance.now();
      bar.start(corpus.articleCount, from, { mentions: 0, rate: 0 });
      const total = await loadCorpus(db, corpus, {
        batch,
        from,
        entities: values['entities-only'],
        onBatch: (p) => {
          bar.update(p.articles, {
            mentions: p.mentions,
            rate: ((p.articles - from) / ((performance.now() - t) / 1000)).toFixed(0),
          });
        },
      });
      bar.stop();
      const seconds = (performance.now() - t) / 1000;
      const counts = await graphCountsByLabel(db);
      console.log(
        `loaded in ${seconds.toFixed(0)} s (${((total.articles - from) / seconds).toFixed(0)} articles/s, load average ${load1()}): ${JSON.stringify(counts)}`,
      );
      if (!config.neo4j.uri) {
        await writeFile(
          join(config.neo4j.localDir, 'generated.json'),
          JSON.stringify(
            { size, seed, exponent: corpus.exponent, seconds, loadAverage: loadavg()[0], counts },
            null,
            2,
          ),
        );
      }
    } finally {
      await close();
    }
  } finally {
    await neo4j.stop();
  }
}

const size = values.size;
if (!isSizeName(size)) {
  console.error(`--size must be S, M or L, not ${size}`);
  process.exitCode = 2;
} else {
  main(size, Number(values.seed)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
