import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { probeContainerRuntime, startNeo4jContainer, type ContainerRuntimeProbe } from './container.js';
import { MIN_JAVA_MAJOR, probeJava, type JavaProbe } from './local/java.js';
import { startLocalNeo4j } from './local/launcher.js';
import { NEO4J_IMAGE, NEO4J_VERSION } from './version.js';

export type Neo4jSource = 'uri' | 'container' | 'local' | 'none';
export type Neo4jPurpose = 'service' | 'test';

export interface SourceFacts {
  uriSet: boolean;
  forced: Config['neo4j']['provider'];
  containerRuntime: ContainerRuntimeProbe;
  java: JavaProbe;
}

export interface SourceChoice {
  source: Neo4jSource;
  reason: string;
}

/** Connection details plus the way to give the instance back; the same shape whichever path supplied it. */
export interface AcquiredNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
  source: Exclude<Neo4jSource, 'none'>;
  stop(): Promise<void>;
}

export interface Probes {
  containerRuntime(): Promise<ContainerRuntimeProbe>;
  java(): Promise<JavaProbe>;
}

const defaultProbes: Probes = { containerRuntime: () => probeContainerRuntime(), java: probeJava };
const NOT_CHECKED = { ok: false, reason: 'not checked' } as const;

/**
 * Pure choice of where Neo4j comes from: NEO4J_URI if set, else a container if a runtime answers, else the
 * Maven-launched local server if Java 17+ is there, else none. NEO4J_PROVIDER other than `auto` allows only
 * that one path, and yields `none` (with the reason) when it is unavailable.
 */
export function chooseNeo4jSource(facts: SourceFacts): SourceChoice {
  const { uriSet, forced, containerRuntime } = facts;
  const java = javaVerdict(facts.java);
  switch (forced) {
    case 'uri':
      return uriSet
        ? { source: 'uri', reason: 'NEO4J_PROVIDER=uri and NEO4J_URI is set' }
        : { source: 'none', reason: 'NEO4J_PROVIDER=uri but NEO4J_URI is not set' };
    case 'container':
      return containerRuntime.ok
        ? { source: 'container', reason: `NEO4J_PROVIDER=container; ${containerRuntime.reason}` }
        : { source: 'none', reason: `NEO4J_PROVIDER=container but ${containerRuntime.reason}` };
    case 'local':
      return java.ok
        ? { source: 'local', reason: `NEO4J_PROVIDER=local; ${java.reason}` }
        : { source: 'none', reason: `NEO4J_PROVIDER=local but ${java.reason}` };
    case 'auto':
      if (uriSet) return { source: 'uri', reason: 'NEO4J_URI is set' };
      if (containerRuntime.ok)
        return { source: 'container', reason: `NEO4J_URI not set; ${containerRuntime.reason}` };
      if (java.ok) {
        return { source: 'local', reason: `NEO4J_URI not set; ${containerRuntime.reason}; ${java.reason}` };
      }
      return { source: 'none', reason: `NEO4J_URI not set; ${containerRuntime.reason}; ${java.reason}` };
  }
}

function javaVerdict(java: JavaProbe): { ok: boolean; reason: string } {
  if (!java.ok) return { ok: false, reason: java.reason };
  if (java.version === undefined || java.version < MIN_JAVA_MAJOR) {
    const found = java.version === undefined ? 'an unknown Java version' : `Java ${String(java.version)}`;
    return {
      ok: false,
      reason: `${found} found, Neo4j ${NEO4J_VERSION} needs Java ${String(MIN_JAVA_MAJOR)}+`,
    };
  }
  return { ok: true, reason: java.reason };
}

/**
 * Finds or starts a Neo4j for the service (`npm start`: local data kept in NEO4J_LOCAL_DIR/data) or for a test
 * run (throwaway data). Probes run only when the choice depends on them: with NEO4J_URI set nothing is probed.
 */
export async function acquireNeo4j(
  config: Config,
  logger: Logger,
  purpose: Neo4jPurpose,
  probes: Probes = defaultProbes,
): Promise<AcquiredNeo4j> {
  const { uri, provider } = config.neo4j;
  const uriSet = uri !== undefined;
  const needsRuntime = provider === 'container' || (provider === 'auto' && !uriSet);
  const containerRuntime = needsRuntime ? await probes.containerRuntime() : NOT_CHECKED;
  const needsJava = provider === 'local' || (provider === 'auto' && !uriSet && !containerRuntime.ok);
  const java = needsJava ? await probes.java() : NOT_CHECKED;

  const choice = chooseNeo4jSource({ uriSet, forced: provider, containerRuntime, java });
  logger.info({ source: choice.source, purpose, reason: choice.reason }, 'Neo4j source chosen');

  const { username, password, database, localHeap: heap, localPageCache: pageCache } = config.neo4j;
  const transactionMemory = config.neo4j.localTxMemory;
  switch (choice.source) {
    case 'uri':
      if (uri === undefined) throw new Error('unreachable: uri chosen without NEO4J_URI');
      // Someone else's server: nothing to stop.
      return { uri, username, password, database, source: 'uri', stop: () => Promise.resolve() };
    case 'container': {
      if (purpose === 'service')
        logger.warn('the Neo4j container is throwaway: data is lost when the service stops');
      const started = await startNeo4jContainer({ heap, pageCache, transactionMemory }, logger);
      return { ...started, database: 'neo4j', source: 'container' };
    }
    case 'local':
      return startLocal(config, logger, purpose);
    case 'none':
      throw new Error(noNeo4jMessage(choice.reason));
  }
}

/**
 * The kept store can be opened by one process only, so a service-purpose start (npm start, npm run neo4j,
 * npm run ingest) records its Bolt URI here and a second one reuses that server instead of failing on the
 * store lock.
 */
const runningFile = (localDir: string): string => join(localDir, 'running.json');

export async function findRunningLocal(localDir: string): Promise<string | undefined> {
  try {
    const { uri, pid } = JSON.parse(await readFile(runningFile(localDir), 'utf8')) as {
      uri: string;
      pid: number;
    };
    process.kill(pid, 0); // throws when no such process
    return uri;
  } catch {
    return undefined;
  }
}

async function startLocal(config: Config, logger: Logger, purpose: Neo4jPurpose): Promise<AcquiredNeo4j> {
  const { localDir, localHeap: heap, localPageCache: pageCache, username } = config.neo4j;
  const { localTxMemory: transactionMemory, localPort: port } = config.neo4j;
  if (purpose === 'service') {
    const running = await findRunningLocal(localDir);
    if (running !== undefined) {
      logger.info({ uri: running }, 'reusing the local Neo4j another process of this project started');
      return {
        uri: running,
        username,
        password: '',
        database: 'neo4j',
        source: 'local',
        stop: () => Promise.resolve(),
      };
    }
  }
  // Tests get a fresh store each run so no state leaks between runs; the service keeps its data.
  const dataDir =
    purpose === 'service' ? join(localDir, 'data') : await mkdtemp(join(tmpdir(), 'kg-neo4j-test-'));
  const removeTestData = async (): Promise<void> => {
    if (purpose === 'test') await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const local = await startLocalNeo4j({ dataDir, heap, pageCache, transactionMemory, port, logger });
    if (purpose === 'service') {
      await mkdir(localDir, { recursive: true });
      await writeFile(runningFile(localDir), JSON.stringify({ uri: local.uri, pid: local.pid }));
    }
    return {
      uri: local.uri,
      // Authentication is off (loopback only); the driver still sends basic credentials, which are ignored.
      username,
      password: '',
      database: 'neo4j',
      source: 'local',
      stop: async () => {
        if (purpose === 'service') await rm(runningFile(localDir), { force: true });
        await local.stop();
        await removeTestData();
      },
    };
  } catch (error) {
    await removeTestData();
    throw error;
  }
}

function noNeo4jMessage(reason: string): string {
  return [
    `No Neo4j available (${reason}). Any one of these works:`,
    '  1. Set NEO4J_URI (and NEO4J_USERNAME/NEO4J_PASSWORD) to a running Neo4j 5: e.g. `docker compose up neo4j`',
    '     and NEO4J_URI=bolt://localhost:7687, or a Neo4j Aura instance (neo4j+s://<id>.databases.neo4j.io).',
    `  2. Install Docker (any runtime testcontainers can reach): a ${NEO4J_IMAGE} container is started for you.`,
    `  3. Install Java ${String(MIN_JAVA_MAJOR)}+ and Maven: Neo4j ${NEO4J_VERSION} is fetched once into var/neo4j-lib`,
    '     and run locally (`npm run neo4j:install` fetches it ahead of time).',
  ].join('\n');
}
