import { loadConfig, type Config } from '../src/config.js';
import type { Logger } from '../src/logger.js';
import { acquireNeo4j, type AcquiredNeo4j } from '../src/neo4j/provider.js';
import type { SizeName } from './corpus/corpus.js';

/** Memory for the locally launched Neo4j of each size, unless NEO4J_LOCAL_HEAP / NEO4J_LOCAL_PAGECACHE say. */
const MEMORY: Record<SizeName, { heap: string; pageCache: string }> = {
  S: { heap: '768m', pageCache: '512m' },
  M: { heap: '1g', pageCache: '1g' },
  L: { heap: '2g', pageCache: '3g' },
};

/** Where a size's synthetic graph is kept between runs (git-ignored), as NEO4J_LOCAL_DIR would say. */
export const benchDataDir = (size: SizeName): string => `var/bench-neo4j-${size}`;

/**
 * The configuration benchmark processes use for one size: NEO4J_URI when set (a graph loaded by the caller),
 * else the local Neo4j keeping its store in var/bench-neo4j-<size>; never the sample corpus on top.
 */
export function benchConfig(size: SizeName, env: NodeJS.ProcessEnv = process.env): Config {
  return loadConfig({
    ...env,
    NEO4J_LOCAL_DIR: env.NEO4J_LOCAL_DIR ?? benchDataDir(size),
    NEO4J_LOCAL_HEAP: env.NEO4J_LOCAL_HEAP ?? MEMORY[size].heap,
    NEO4J_LOCAL_PAGECACHE: env.NEO4J_LOCAL_PAGECACHE ?? MEMORY[size].pageCache,
    SEED_ON_EMPTY: 'false',
  });
}

/** The Neo4j holding a size's synthetic graph: found (NEO4J_URI, or one this project already runs) or started. */
export function benchNeo4j(size: SizeName, logger: Logger): Promise<AcquiredNeo4j> {
  return acquireNeo4j(benchConfig(size), logger, 'service');
}
