/**
 * The body of an analysis worker thread (src/ingest/worker/analysis-pool.ts): the database-free half of
 * ingestion, which for a large article is seconds of CPU that would otherwise stall every other request.
 */
import { analyseArticle, type ArticleAnalysis } from '../analyse.js';
import { createLinker, type LinkableEntity, type Linker } from '../linker.js';
import type { ManifestEntry } from '../manifest.js';

/** The entities to link against, with a version so that a thread builds its alias index once per version. */
export interface LinkerSource {
  version: number;
  entities: readonly LinkableEntity[];
}

export interface AnalysisTask {
  raw: string;
  meta: ManifestEntry | undefined;
  source: string | undefined;
  linker: LinkerSource;
}

let built: { version: number; linker: Linker } | undefined;

export function analyseTask(task: AnalysisTask): ArticleAnalysis {
  if (built?.version !== task.linker.version) {
    built = { version: task.linker.version, linker: createLinker(task.linker.entities) };
  }
  return analyseArticle(task.raw, task.meta, built.linker, task.source);
}
