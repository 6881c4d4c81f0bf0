import { randomBytes } from 'node:crypto';
import type { Logger } from '../logger.js';
import { NEO4J_IMAGE } from './version.js';

export interface ContainerRuntimeProbe {
  ok: boolean;
  reason: string;
}

export interface StartedContainerNeo4j {
  uri: string;
  username: string;
  password: string;
  stop(): Promise<void>;
}

const PROBE_TIMEOUT_MS = 5_000;

/**
 * Asks testcontainers whether a container runtime answers. Without Docker it throws "Could not find a working
 * container runtime strategy" (quickly); a half-working daemon can hang instead, hence the timeout.
 * testcontainers is imported lazily so runs that never need it (NEO4J_URI set) do not load it.
 */
export async function probeContainerRuntime(timeoutMs = PROBE_TIMEOUT_MS): Promise<ContainerRuntimeProbe> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`no answer within ${String(timeoutMs)} ms`));
    }, timeoutMs);
    timer.unref();
  });
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    const client = await Promise.race([getContainerRuntimeClient(), timeout]);
    const runtime = client.info.containerRuntime;
    return { ok: true, reason: `container runtime at ${runtime.host} (${runtime.operatingSystem})` };
  } catch (error) {
    return {
      ok: false,
      reason: `no container runtime: ${error instanceof Error ? error.message : String(error)}`,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** A throwaway Neo4j container of the pinned version; its data goes when it stops. */
export async function startNeo4jContainer(
  options: { heap: string; pageCache: string; transactionMemory: string },
  logger: Logger,
): Promise<StartedContainerNeo4j> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  logger.info({ image: NEO4J_IMAGE }, 'starting Neo4j container');
  const started = Date.now();
  const container = await new Neo4jContainer(NEO4J_IMAGE)
    .withPassword(randomBytes(12).toString('hex')) // Neo4j 5 wants 8+ characters
    .withEnvironment({
      // Same caps as the local launcher, so both paths behave alike on a small machine.
      NEO4J_server_memory_heap_max__size: options.heap,
      NEO4J_server_memory_pagecache_size: options.pageCache,
      NEO4J_db_memory_transaction_max: options.transactionMemory,
      NEO4J_dbms_usage__report_enabled: 'false',
    })
    .withStartupTimeout(180_000)
    .start();
  const uri = container.getBoltUri();
  logger.info({ uri, seconds: (Date.now() - started) / 1000 }, 'Neo4j container ready');
  return {
    uri,
    username: container.getUsername(),
    password: container.getPassword(),
    stop: async () => {
      await container.stop();
      logger.info({ uri }, 'Neo4j container stopped');
    },
  };
}
