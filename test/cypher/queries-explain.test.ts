import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadCatalogue } from '../../src/neo4j/catalogue.js';
// The composition root imports every module that names a statement, so after this import the catalogue
// knows every name the running service can use.
import '../../src/service.js';
// The other entry points with statements of their own: `npm run export` and `npm run import`.
import '../../src/backup/export.js';
import '../../src/backup/import.js';

// Every named statement must plan on the real server (syntax, functions, procedures and subquery scoping
// are checked by EXPLAIN without running anything or needing data), and every file must be used by code.
describe('cypher/queries', () => {
  const { uri, username, password, database } = inject('neo4j');
  const catalogue = loadCatalogue();
  let driver: Driver;

  beforeAll(async () => {
    driver = neo4j.driver(uri, neo4j.auth.basic(username, password), { disableLosslessIntegers: true });
    await driver.verifyConnectivity();
  });

  afterAll(async () => {
    await driver.close();
  });

  it('has a file for every statement the code names, and no file that no code names', () => {
    expect(() => {
      catalogue.assertComplete();
    }).not.toThrow();
    expect(catalogue.unused()).toEqual([]);
  });

  it.each(catalogue.names())('plans %s', async (name) => {
    // EXPLAIN needs no parameter values: the planner only warns about missing ones.
    const { summary } = await driver.executeQuery(`EXPLAIN ${catalogue.text({ name })}`, {}, { database });
    expect(summary.queryType).toMatch(/^(r|rw|w|s)$/);
    expect(summary.plan).toBeTruthy();
  });
});
