// Neo4j caps one transaction's memory (db.memory.transaction.max, set by the local launcher, the container and
// docker-compose), and the service answers a refusal as LIMIT_EXCEEDED instead of an internal error, without
// retrying it. The test Neo4j is real: a statement that would need gigabytes is refused long before the heap.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { isMemoryRefusal, isTransient, mapDriverError } from '../../src/neo4j/driver-errors.js';

describe('transaction memory cap', () => {
  const { uri, username, password, database } = inject('neo4j');
  let driver: Driver;

  beforeAll(() => {
    driver = neo4j.driver(uri, neo4j.auth.basic(username, password), { disableLosslessIntegers: true });
  });
  afterAll(async () => {
    await driver.close();
  });

  it('is set on the test Neo4j, well below its heap', async () => {
    const { records } = await driver.executeQuery(
      "SHOW SETTINGS YIELD name, value WHERE name = 'db.memory.transaction.max' RETURN value",
      {},
      { database },
    );
    const value = String(records[0]?.get('value'));
    // Neo4j reports bytes, or a size with a unit.
    expect(value).toMatch(/^(\d+|\d+(\.\d+)?[KMG]i?B?)$/i);
    expect(value).not.toMatch(/^0/);
  });

  it('refuses a statement over the cap, which the service maps to LIMIT_EXCEEDED and does not retry', async () => {
    // Auto-commit on a session: no driver retries, the refusal comes back as Neo4j sends it.
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    let refusal: unknown;
    try {
      await session.run('UNWIND range(1, 200000000) AS i RETURN size(collect(i)) AS n');
    } catch (error) {
      refusal = error;
    } finally {
      await session.close();
    }
    expect(refusal, 'the statement was not refused').toBeDefined();
    expect(isMemoryRefusal(refusal), String(refusal)).toBe(true);
    expect(isTransient(refusal)).toBe(false);
    const mapped = mapDriverError(refusal);
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped).toMatchObject({ code: 'LIMIT_EXCEEDED', extensions: { limit: 'memory' } });
  }, 60_000);
});
