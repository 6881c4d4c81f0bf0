import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from '../logger.js';
import { coalesceDriverWrites } from './coalesce-writes.js';
import { DriverLog } from './driver-log.js';

export interface DriverSettings {
  uri: string;
  username: string;
  password: string;
  acquisitionTimeoutMs: number;
}

/**
 * Connections in the pool. The lanes of guard.ts keep requests' statements well below it (16 + 2 by default),
 * so readiness probes and migrations always find a connection.
 */
export const MAX_POOL_SIZE = 50;

/** Opens the driver and proves the server answers before anything else starts. */
export async function openDriver(
  settings: DriverSettings,
  logger: Logger,
): Promise<{ driver: Driver; closeLog: () => void }> {
  // A server with auth disabled (the local launcher) accepts any basic credentials.
  const auth = neo4j.auth.basic(settings.username, settings.password);
  if (!coalesceDriverWrites()) {
    logger.warn('neo4j-driver internals changed: Bolt messages go to the socket one write per 1,400 bytes');
  }
  const log = new DriverLog(logger);
  const driver = neo4j.driver(settings.uri, auth, {
    // Pool waits are not retried by the driver: keep them shorter than any HTTP timeout, answer UNAVAILABLE.
    connectionAcquisitionTimeout: settings.acquisitionTimeoutMs,
    connectionTimeout: Math.min(settings.acquisitionTimeoutMs, 30_000),
    maxConnectionPoolSize: MAX_POOL_SIZE,
    // Only start-up work (migrations, the connectivity check) uses the driver's retrying functions; requests
    // are retried by guard.ts within their deadline.
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: true,
    userAgent: 'kg-graphql/0.1',
    logging: { level: 'warn', logger: log.write },
  });
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    await driver.close();
    log.close();
    throw error;
  }
  logger.info({ uri: settings.uri }, 'connected to Neo4j');
  return {
    driver,
    closeLog: () => {
      log.close();
    },
  };
}
