import { cypher } from '../neo4j/catalogue.js';
import type { Db } from '../neo4j/db.js';
import { isEntityKind } from '../graph/allow-list.js';
import type { ArticleAnalysis } from './analyse.js';
import type { LinkableEntity, Linker } from './linker.js';
import { loadAnalysis, type IngestInput } from './pipeline.js';
import type { AnalysisPool } from './worker/analysis-pool.js';
import type { LinkerSource } from './worker/analysis-thread.js';

const linkableEntities = cypher('ingest/linkable-entities');

/**
 * Building the alias index reads every entity, so it is built once and reused; linking an article then
 * costs time in proportion to its length only. Entity writes made through this process invalidate it;
 * writes made by other processes are picked up after `maxAgeMs`. A stale linker cannot lose a mention: it
 * may link a name to an entity merged away since, and the write follows the merge record (write.ts).
 * Given an analysis pool, `analyse` runs on its worker threads, which get the entity list (versioned) and build
 * their own index from it; without one, on this thread.
 */
export class LinkerCache {
  private current: Promise<LinkerSource> | undefined;
  private builtAt = 0;
  private version = 0;
  private linker: { version: number; linker: Linker } | undefined;

  constructor(
    private readonly db: Db,
    private readonly options: { maxAgeMs?: number; pool?: AnalysisPool } = {},
  ) {}

  /**
   * The database-free half of ingestion (src/ingest/analyse.ts) against the entities as they are now. `db` is the
   * view to read them with: a request passes its own, so the read carries its operation name and request id.
   */
  async analyse(input: IngestInput, db: Db = this.db): Promise<ArticleAnalysis> {
    if (!this.options.pool) {
      const { analyseArticle } = await loadAnalysis();
      return analyseArticle(input.raw, input.meta, await this.get(db), input.source);
    }
    return this.options.pool.analyse({
      raw: input.raw,
      meta: input.meta,
      source: input.source,
      linker: await this.source(db),
    });
  }

  source(db: Db = this.db): Promise<LinkerSource> {
    if (!this.current || Date.now() - this.builtAt > (this.options.maxAgeMs ?? 60_000)) {
      this.builtAt = Date.now();
      const loading = this.load(db);
      this.current = loading;
      // A failed load must not be cached (but must not drop a newer one loaded after an invalidation either).
      loading.catch(() => {
        if (this.current === loading) this.current = undefined;
      });
    }
    return this.current;
  }

  /** The linker itself, for ingestion on this thread. */
  async get(db: Db = this.db): Promise<Linker> {
    const source = await this.source(db);
    if (this.linker?.version !== source.version) {
      const { createLinker } = await loadAnalysis();
      this.linker = { version: source.version, linker: createLinker(source.entities) };
    }
    return this.linker.linker;
  }

  invalidate(): void {
    this.current = undefined;
  }

  private async load(db: Db): Promise<LinkerSource> {
    this.version += 1;
    const version = this.version;
    const rows = await db.read(linkableEntities);
    const entities = rows.flatMap((r): LinkableEntity[] => {
      const kind = String(r.kind);
      if (!isEntityKind(kind)) return [];
      return [
        {
          id: String(r.id),
          kind,
          name: String(r.name),
          aliases: (r.aliases as string[] | null) ?? [],
          // "Putin", "Lavrov": one-word names that link without the full name in the article.
          standaloneAliases: (r.standaloneAliases as string[] | null) ?? [],
        },
      ];
    });
    return { version, entities };
  }
}
