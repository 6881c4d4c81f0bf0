import { cypher } from '../neo4j/catalogue.js';
import type { Db } from '../neo4j/db.js';
import { isEntityKind } from '../graph/allow-list.js';
import { createLinker, type Linker } from './linker.js';

const linkableEntities = cypher('ingest/linkable-entities');

/**
 * Building the alias index reads every entity, so it is built once and reused; linking an article then
 * costs time in proportion to its length only. Entity writes made through this process invalidate it;
 * writes made by other processes are picked up after `maxAgeMs`. A stale linker cannot lose a mention: it
 * may link a name to an entity merged away since, and the write follows the merge record (write.ts).
 */
export class LinkerCache {
  private linker: Promise<Linker> | undefined;
  private builtAt = 0;

  constructor(
    private readonly db: Db,
    private readonly maxAgeMs = 60_000,
  ) {}

  get(): Promise<Linker> {
    if (!this.linker || Date.now() - this.builtAt > this.maxAgeMs) {
      this.builtAt = Date.now();
      const building = this.build();
      this.linker = building;
      // A failed build must not be cached (but must not drop a newer one built after an invalidation either).
      building.catch(() => {
        if (this.linker === building) this.linker = undefined;
      });
    }
    return this.linker;
  }

  invalidate(): void {
    this.linker = undefined;
  }

  private async build(): Promise<Linker> {
    const rows = await this.db.read(linkableEntities);
    return createLinker(
      rows.flatMap((r) => {
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
      }),
    );
  }
}
