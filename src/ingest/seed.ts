import { join } from 'node:path';
import { repoRoot } from '../config.js';
import type { Logger } from '../logger.js';
import { cypher } from '../neo4j/catalogue.js';
import type { Db } from '../neo4j/db.js';
import { curatedEntityRecord, locateReferences, resolveCurated, type LocatedArticle } from './curated.js';
import { loadCuratedGraph } from './curated-schema.js';
import { analyseArticle } from './analyse.js';
import { readArticleFiles } from './files.js';
import { createLinker } from './linker.js';
import { writeAnalysis } from './pipeline.js';
import { notContent } from './zones.js';
import { addMentions, upsertEntities, upsertFacts, upsertRelations, upsertStatements } from './write.js';

const graphCounts = cypher('ingest/graph-counts');

export const curatedGraphPath = join(repoRoot, 'cypher', 'curated', 'graph.json');

export async function graphCountsByLabel(db: Db): Promise<Record<string, number>> {
  const [row] = await db.read(graphCounts);
  return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)]));
}

/**
 * On an empty graph: the curated entities, then every corpus article through the normal ingestion path,
 * then the curated relations, facts and statements with their evidence located in those articles. On a
 * graph that has anything in it, nothing is loaded again.
 */
export async function seedIfEmpty(deps: { db: Db; logger: Logger; corpusDir: string }): Promise<boolean> {
  const { db, logger } = deps;
  const before = await graphCountsByLabel(db);
  if ((before.Entity ?? 0) > 0 || (before.Article ?? 0) > 0) {
    logger.info({ counts: before }, 'graph already loaded; nothing seeded');
    return false;
  }
  const graph = loadCuratedGraph(curatedGraphPath);
  const files = await readArticleFiles([deps.corpusDir]);
  const entities = graph.entities.map(curatedEntityRecord);
  await db.writeTransaction('seed/entities', (tx) => upsertEntities(tx, entities));

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
  logger.info(
    { counts: await graphCountsByLabel(db), articles: files.length },
    'seeded the curated graph and the corpus',
  );
  return true;
}
