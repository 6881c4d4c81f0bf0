import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { loadConfig } from '../../src/config.js';
import { graphCountsByLabel, seedIfEmpty } from '../../src/ingest/seed.js';
import { openTestDb, type TestDb } from '../support/db.js';

// A start-up cut short while seeding (a crash, a timeout on a loaded machine) used to leave a graph with
// articles but no curated claims, which every later start took for loaded.
describe('start-up seeding', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb();
  });
  afterAll(async () => {
    await t.close();
  });

  it('records a finished run, and seeds again over one that did not finish, changing nothing twice', async () => {
    const state = async () =>
      (await t.query("MATCH (s:SeedRun {id: 'corpus'}) RETURN s.state AS state"))[0]?.state;
    expect(await state()).toBe('complete');
    const before = await graphCountsByLabel(t.db);
    const logger = createLogger('silent');
    const corpusDir = loadConfig({ LOG_LEVEL: 'silent' }).corpusDir;

    expect(await seedIfEmpty({ db: t.db, logger, corpusDir })).toBe(false);

    await t.query("MATCH (s:SeedRun {id: 'corpus'}) SET s.state = 'started'");
    expect(await seedIfEmpty({ db: t.db, logger, corpusDir })).toBe(true);
    expect(await state()).toBe('complete');
    // Every seeding step is idempotent: running it over a loaded graph adds nothing.
    expect(await graphCountsByLabel(t.db)).toEqual(before);
  });
});
