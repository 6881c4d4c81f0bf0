// Integration tier: one Neo4j for the whole run, found or started by the same provider `npm start` uses
// (NEO4J_URI if set, else a container, else the Maven-launched local server with throwaway data).
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { acquireNeo4j } from '../../src/neo4j/provider.js';

export interface ProvidedNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: ProvidedNeo4j;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const neo4j = await acquireNeo4j(config, logger, 'test');
  const { uri, username, password, database } = neo4j;
  project.provide('neo4j', { uri, username, password, database });
  // Returned teardown: stops the container or the local JVM (and deletes its data); no-op for NEO4J_URI.
  return () => neo4j.stop();
}
