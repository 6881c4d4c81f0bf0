import { randomUUID } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NEO4J_VERSION } from '../../src/neo4j/version.js';

// Proves the Neo4j the global setup hands out is the pinned version and takes writes, whichever path supplied it.
describe('the Neo4j provided to integration tests', () => {
  const { uri, username, password, database } = inject('neo4j');
  let driver: Driver;

  beforeAll(async () => {
    driver = neo4j.driver(uri, neo4j.auth.basic(username, password), { disableLosslessIntegers: true });
    await driver.verifyConnectivity();
  });

  afterAll(async () => {
    await driver.close();
  });

  it(`runs Neo4j ${NEO4J_VERSION}`, async () => {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions RETURN name, versions',
      {},
      { database },
    );
    const kernel = records.find((r) => r.get('name') === 'Neo4j Kernel');
    expect(kernel?.get('versions')).toContain(NEO4J_VERSION);
  });

  it('reads back what it wrote', async () => {
    const id = `provider-test/${randomUUID()}`;
    try {
      await driver.executeQuery('CREATE (:ProviderProbe {id: $id, n: 42})', { id }, { database });
      const { records } = await driver.executeQuery(
        'MATCH (p:ProviderProbe {id: $id}) RETURN p.n AS n',
        { id },
        { database, routing: neo4j.routing.READ },
      );
      expect(records.map((r) => r.get('n') as number)).toEqual([42]);
    } finally {
      await driver.executeQuery('MATCH (p:ProviderProbe {id: $id}) DELETE p', { id }, { database });
    }
  });
});
