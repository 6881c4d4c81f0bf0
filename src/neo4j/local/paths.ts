import { join } from 'node:path';
import { repoRoot } from '../../config.js';
import { NEO4J_VERSION } from '../version.js';

/** The Maven project that lists the embedded Neo4j jars (nothing is built from it). */
export const pomPath = join(repoRoot, 'neo4j-local', 'pom.xml');

/** Run by `java` in source-launch mode, so there is no compile step to keep in sync. */
export const launcherSource = join(repoRoot, 'neo4j-local', 'Launcher.java');

/** Jar cache under the git-ignored var/, keyed by version so an upgrade never mixes jars. */
export const libDir = join(repoRoot, 'var', 'neo4j-lib', NEO4J_VERSION);

/** Written after every jar is in place; without it the directory is treated as a partial download. */
export const completeMarker = join(libDir, '.complete');
