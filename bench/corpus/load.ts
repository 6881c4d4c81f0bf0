import { awaitArticleIndex } from '../../src/ingest/article-index.js';
import type { Db } from '../../src/neo4j/db.js';
import { upsertEntities, upsertFacts, upsertRelations, upsertStatements } from '../../src/ingest/write.js';
import { writeArticlesTx } from '../../src/ingest/write-articles.js';
import type { SyntheticArticle } from './articles.js';
import type { SyntheticCorpus } from './corpus.js';

export interface LoadProgress {
  articles: number;
  mentions: number;
  relations: number;
}

const ENTITY_BATCH = 1_000;

/**
 * Writes the corpus through the ingestion write stage (src/ingest/write.ts and its Cypher): entities, then
 * articles in batches, each batch one transaction holding its articles, mentions, candidates, relationships
 * with evidence claims, disputed values and statements. Articles before `from` are taken as loaded already.
 */
export async function loadCorpus(
  db: Db,
  corpus: SyntheticCorpus,
  options: {
    batch: number;
    from: number;
    onBatch: (p: LoadProgress) => void;
    /** Load the entities whatever `from` is (`--entities-only` starts past the last article). */
    entities?: boolean;
  },
): Promise<LoadProgress> {
  if (options.from === 0 || options.entities === true) {
    const entities = corpus.allEntities().map((e) => e.record);
    for (let i = 0; i < entities.length; i += ENTITY_BATCH) {
      const slice = entities.slice(i, i + ENTITY_BATCH);
      await db.writeTransaction('generate/entities', (tx) => upsertEntities(tx, slice));
    }
  }
  const total: LoadProgress = { articles: options.from, mentions: 0, relations: 0 };
  for (let start = options.from; start < corpus.articleCount; start += options.batch) {
    const end = Math.min(corpus.articleCount, start + options.batch);
    const batch: SyntheticArticle[] = [];
    for (let i = start; i < end; i += 1) batch.push(corpus.article(i));
    await db.writeTransaction('generate/articles', async (tx) => {
      await writeArticlesTx(tx, batch);
      await upsertRelations(
        tx,
        batch.flatMap((a) => a.relations),
      );
      await upsertFacts(
        tx,
        batch.flatMap((a) => a.facts),
      );
      await upsertStatements(
        tx,
        batch.flatMap((a) => a.statements),
      );
    });
    total.articles = end;
    total.mentions += batch.reduce((n, a) => n + a.mentions.length, 0);
    total.relations += batch.reduce((n, a) => n + a.relations.length, 0);
    options.onBatch(total);
  }
  await awaitArticleIndex(db);
  return total;
}
