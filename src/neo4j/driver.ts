import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from '../logger.js';

export interface DriverSettings {
  uri: string;
  username: string;
  password: string;
  acquisitionTimeoutMs: number;
}

/** Opens the driver and proves the server answers before anything else starts. */
export async function openDriver(settings: DriverSettings, logger: Logger): Promise<Driver> {
  // A server with auth disabled (the local launcher) accepts any basic credentials.
  const auth = neo4j.auth.basic(settings.username, settings.password);
  const driver = neo4j.driver(settings.uri, auth, {
    // Pool waits are not retried by the driver: keep them shorter than any HTTP timeout, answer UNAVAILABLE.
    connectionAcquisitionTimeout: settings.acquisitionTimeoutMs,
    connectionTimeout: Math.min(settings.acquisitionTimeoutMs, 30_000),
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: true,
    userAgent: 'kg-graphql/0.1',
    logging: {
      level: 'warn',
      logger: (level, message) => {
        logger[level === 'error' ? 'error' : 'warn']({ component: 'neo4j-driver' }, message);
      },
    },
  });
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    await driver.close();
    throw error;
  }
  logger.info({ uri: settings.uri }, 'connected to Neo4j');
  return driver;
}
