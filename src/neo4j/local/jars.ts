import { access, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Logger } from '../../logger.js';
import { NEO4J_VERSION } from '../version.js';
import { runMaven } from './maven.js';
import { completeMarker, libDir, pomPath } from './paths.js';

const STAGING_INFIX = '.partial-';

/**
 * Makes sure the embedded Neo4j jars are in var/neo4j-lib/<version>/ and returns that directory.
 * The first call runs Maven (network); later calls only check the completion marker, so starting needs no network.
 * Maven fills a per-process staging directory that is renamed into place only once complete, so an interrupted
 * download is redone and two processes fetching at once cannot corrupt each other's jars.
 */
export async function ensureNeo4jJars(logger: Logger): Promise<string> {
  if (await exists(completeMarker)) return libDir;

  await removeAbandonedStaging();
  const staging = `${libDir}${STAGING_INFIX}${String(process.pid)}`;
  await rm(staging, { recursive: true, force: true });
  logger.info(
    { version: NEO4J_VERSION, dir: libDir },
    'fetching Neo4j jars with Maven (first run only, ~125 MB)',
  );
  const started = Date.now();
  try {
    await runMaven(
      [
        '-f',
        pomPath,
        'dependency:copy-dependencies',
        `-DoutputDirectory=${staging}`,
        '-DincludeScope=runtime',
      ],
      logger,
    );
    // Catches neo4j-local/pom.xml and src/neo4j/version.ts drifting apart before anything runs the wrong jars.
    for (const jar of [`neo4j-${NEO4J_VERSION}.jar`, `neo4j-bolt-${NEO4J_VERSION}.jar`]) {
      if (!(await exists(join(staging, jar)))) {
        throw new Error(`${jar} missing after Maven ran: does neo4j-local/pom.xml declare ${NEO4J_VERSION}?`);
      }
    }
    await writeFile(join(staging, basename(completeMarker)), `${NEO4J_VERSION}\n`);
    if (await exists(completeMarker)) {
      // Another process finished first; its directory is complete and possibly in use.
      await rm(staging, { recursive: true, force: true });
    } else {
      await rm(libDir, { recursive: true, force: true }); // leftovers without a marker are incomplete
      await rename(staging, libDir);
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  logger.info({ seconds: Math.round((Date.now() - started) / 1000), dir: libDir }, 'Neo4j jars ready');
  return libDir;
}

/** Staging directories left by a process that died mid-download (its pid no longer exists). */
async function removeAbandonedStaging(): Promise<void> {
  const parent = dirname(libDir);
  const prefix = `${basename(libDir)}${STAGING_INFIX}`;
  let entries: string[];
  try {
    entries = await readdir(parent);
  } catch {
    return; // nothing downloaded yet
  }
  for (const entry of entries) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(entry.slice(prefix.length));
    if (Number.isInteger(pid) && !isAlive(pid)) {
      await rm(join(parent, entry), { recursive: true, force: true });
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only checks that the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
