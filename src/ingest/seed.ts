import { join } from 'node:path';
import { repoRoot } from '../config.js';
import type { Logger } from '../logger.js';
import { cypher } from '../neo4j/catalogue.js';
import type { Db } from '../neo4j/db.js';
import { awaitArticleIndex } from './article-index.js';
import { curatedEntityRecord, locateReferences, resolveCurated, type LocatedArticle } from './curated.js';
import { loadCuratedGraph } from './curated-schema.js';
import { readArticleFiles } from './files.js';
import { loadAnalysis, writeAnalysis } from './pipeline.js';
import { notContent } from './zones.js';
import { upsertEntities, upsertFacts, upsertRelations, upsertStatements } from './write.js';
import { addMentions } from './write-articles.js';

const graphCounts = cypher('ingest/graph-counts');

export const curatedGraphPath = join(repoRoot, 'cypher', 'curated', 'graph.json');

export async function graphCountsByLabel(db: Db): Promise<Record<string, number>> {
  const [row] = await db.read(graphCounts);
  return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)]));
}

const seedState = cypher('ingest/seed-state');
const seedMark = cypher('ingest/seed-mark');
const SEED_RUN = 'corpus';

/**
 * Seeding is trusted batch work no client waits on: its transactions may take this long (a loaded machine
 * makes the curated claims' one transaction slow) instead of NEO4J_QUERY_TIMEOUT_MS.
 */
export const SEED_QUERY_TIMEOUT_MS = 600_000;

export type SeedDecision = 'seed' | 'resume' | 'skip';

/**
 * Seed an empty graph; seed again over a run that did not finish (every step is idempotent, so a crash or
 * timeout part-way leaves nothing half-loaded for good); leave alone a graph seeded before or filled by other
 * means (one with data and no record of a seeding run).
 */
export function seedDecision(counts: Record<string, number>, state: unknown): SeedDecision {
  if (state === 'complete') return 'skip';
  if (state === 'started') return 'resume';
  return (counts.Entity ?? 0) > 0 || (counts.Article ?? 0) > 0 ? 'skip' : 'seed';
}

/**
 * On an empty graph: the curated entities, then every corpus article through the normal ingestion path,
 * then the curated relations, facts and statements with their evidence located in those articles. A run that
 * was cut short is run again; a graph that was loaded is not loaded again.
 */
export async function seedIfEmpty(deps: { db: Db; logger: Logger; corpusDir: string }): Promise<boolean> {
  const { logger } = deps;
  const db = deps.db.withQueryTimeout(SEED_QUERY_TIMEOUT_MS);
  const before = await graphCountsByLabel(db);
  const [run] = await db.read(seedState, { id: SEED_RUN });
  const decision = seedDecision(before, run?.state);
  if (decision === 'skip') {
    logger.info({ counts: before }, 'graph already loaded; nothing seeded');
    return false;
  }
  if (decision === 'resume')
    logger.warn({ counts: before }, 'the last seeding did not finish; seeding again');
  await db.write(seedMark, { id: SEED_RUN, state: 'started' });
  const graph = loadCuratedGraph(curatedGraphPath);
  const files = await readArticleFiles([deps.corpusDir]);
  const entities = graph.entities.map(curatedEntityRecord);
  await db.writeTransaction('seed/entities', (tx) => upsertEntities(tx, entities));

  const { analyseArticle, createLinker } = await loadAnalysis();
  const linker = createLinker(entities);
  const located = new Map<string, LocatedArticle>();
  for (const f of files) {
    const analysis = analyseArticle(f.raw, f.meta, linker, f.source);
    const summary = await writeAnalysis(db, analysis);
    const article = { id: summary.articleId, text: analysis.article.text, sentences: analysis.sentences };
    located.set(f.source, article);
    const references = locateReferences(graph, article, analysis.mentions, notContent(analysis.zones.zones));
    await db.writeTransaction('seed/references', (tx) => addMentions(tx, article.id, references));
  }

  const records = resolveCurated(graph, located);
  await db.writeTransaction('seed/claims', async (tx) => {
    for (const [articleId, mentions] of records.corefMentions) await addMentions(tx, articleId, mentions);
    await upsertRelations(tx, records.relations);
    await upsertFacts(tx, records.facts);
    await upsertStatements(tx, records.statements);
  });
  await awaitArticleIndex(db);
  await db.write(seedMark, { id: SEED_RUN, state: 'complete' });
  logger.info(
    { counts: await graphCountsByLabel(db), articles: files.length },
    'seeded the curated graph and the corpus',
  );
  return true;
}
