// `npm run eval:extraction [-- --corpus DIR --fixtures DIR --out DIR]`: how well the propose stage extracts
// relations and statements. The corpus articles are analysed as if they were new: the graph knows the curated
// entities (names and aliases) but none of the curated references, relations or statements; the proposals are
// scored against the curated graph. The fixtures (short articles in other outlets' styles, written for this)
// are scored against their own annotations, separately. Writes extraction.md and extraction.json.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { repoRoot } from '../../src/config.js';
import { analyseArticle, type ArticleAnalysis } from '../../src/ingest/analyse.js';
import { loadCuratedGraph } from '../../src/ingest/curated-schema.js';
import { curatedEntityRecord } from '../../src/ingest/curated.js';
import { readArticleFiles } from '../../src/ingest/files.js';
import { createLinker, type LinkableEntity } from '../../src/ingest/linker.js';
import { proposeContext } from '../../src/ingest/propose/context.js';
import {
  proposeArticle,
  type RelationProposal,
  type StatementProposal,
} from '../../src/ingest/propose/index.js';
import { curatedGraphPath } from '../../src/ingest/seed.js';
import { curatedReference, fixtureEntities, fixtureReference, readFixtures } from './reference.js';
import { renderReport, type SetReport } from './report.js';
import { scoreRelations, scoreStatements, type Proposed, type Reference } from './score.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    fixtures: { type: 'string', default: join(repoRoot, 'test', 'fixtures', 'extraction') },
    out: { type: 'string', default: join(repoRoot, 'docs', 'evaluation') },
  },
});

/** The corpus: data/corpus when the repository has it, else the team's shared folder (never at run time). */
function corpusDir(): string {
  if (values.corpus) return resolve(values.corpus);
  const inRepo = join(repoRoot, 'data', 'corpus');
  return existsSync(inRepo) ? inRepo : resolve(repoRoot, '..', 'shared', 'corpus');
}

interface Analysed {
  article: string;
  analysis: ArticleAnalysis;
  /** The whole database-free analysis (parse, split, link, candidates, propose). */
  ms: number;
  /** The propose stage alone. */
  proposeMs: number;
}

function analyseAll(
  entities: readonly LinkableEntity[],
  items: readonly { source: string; raw: string; meta?: Parameters<typeof analyseArticle>[1] }[],
): Analysed[] {
  const linker = createLinker(entities);
  const context = proposeContext(linker);
  // compromise loads its lexicon on first use: warm up so the timings are of analysis, not of loading.
  if (items[0]) analyseArticle(items[0].raw, items[0].meta, linker, items[0].source);
  return items.map((item) => {
    let t = performance.now();
    const analysis = analyseArticle(item.raw, item.meta, linker, item.source);
    const ms = performance.now() - t;
    const { article, sentences, mentions, candidates } = analysis;
    t = performance.now();
    proposeArticle(
      { text: article.text, publishedAt: article.publishedAt, sentences, mentions, candidates },
      context,
    );
    return { article: item.source, analysis, ms, proposeMs: performance.now() - t };
  });
}

function score(name: string, analysed: readonly Analysed[], reference: Reference): SetReport {
  const relations: Proposed<RelationProposal>[] = [];
  const statements: Proposed<StatementProposal>[] = [];
  let facts = 0;
  for (const { article, analysis } of analysed) {
    for (const p of analysis.proposals) {
      if (p.kind === 'relation') relations.push({ article, proposal: p });
      else if (p.kind === 'statement') statements.push({ article, proposal: p });
      else facts += 1;
    }
  }
  return {
    name,
    articles: analysed.length,
    facts,
    relations: scoreRelations(relations, reference),
    statements: scoreStatements(statements, reference),
    msPerArticle: analysed.reduce((n, a) => n + a.ms, 0) / Math.max(1, analysed.length),
    proposeMsPerArticle: analysed.reduce((n, a) => n + a.proposeMs, 0) / Math.max(1, analysed.length),
  };
}

async function main(): Promise<void> {
  const graph = loadCuratedGraph(curatedGraphPath);
  const files = await readArticleFiles([corpusDir()]);
  const corpus = analyseAll(
    graph.entities.map(curatedEntityRecord),
    files.map((f) => ({ source: f.source, raw: f.raw, ...(f.meta ? { meta: f.meta } : {}) })),
  );
  const texts = new Map(corpus.map((a) => [a.article, a.analysis.article.text]));
  const sets = [score('corpus (5 articles, curated graph)', corpus, curatedReference(graph, texts))];

  const fixtures = await readFixtures(resolve(values.fixtures));
  const fixtureRuns = fixtures.map((f) => {
    const [analysed] = analyseAll(fixtureEntities(f), [
      {
        source: f.file,
        raw: f.text,
        meta: { file: f.file, title: f.title, outlet: f.outlet, url: null, publishedAt: f.publishedAt },
      },
    ]);
    if (!analysed) throw new Error(`fixture ${f.file} was not analysed`);
    return { analysed, reference: fixtureReference(f, analysed.analysis.article.text) };
  });
  const merged: Reference = {
    names: new Map(fixtureRuns.flatMap((r) => [...r.reference.names])),
    things: fixtureRuns.flatMap((r) => r.reference.things),
    relations: fixtureRuns.flatMap((r) => r.reference.relations),
    statements: fixtureRuns.flatMap((r) => r.reference.statements),
  };
  sets.push(
    score(
      `fixtures (${String(fixtures.length)} articles written for the tests)`,
      fixtureRuns.map((r) => r.analysed),
      merged,
    ),
  );

  const out = resolve(values.out);
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'extraction.json'), `${JSON.stringify(sets, null, 2)}\n`);
  await writeFile(join(out, 'extraction.md'), renderReport(sets));
  for (const s of sets) {
    console.log(
      `${s.name}: relations P ${s.relations.precision} R ${s.relations.recall} (${String(s.relations.correct)}/${String(s.relations.proposed)} proposed, ${String(s.relations.found)}/${String(s.relations.expected)} found); statements P ${s.statements.precision} R ${s.statements.recall}; analysis ${s.msPerArticle.toFixed(1)} ms/article, of which propose ${s.proposeMsPerArticle.toFixed(1)} ms`,
    );
  }
  console.log(`reports: ${join(out, 'extraction.md')}, ${join(out, 'extraction.json')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
