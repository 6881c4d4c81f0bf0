import { randomBytes } from 'node:crypto';
import neo4j, { int, type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { entityPageParams } from '../../src/graphql/entity/queries.js';
import { RELATION_TYPES } from '../../src/graph/relation-types.js';
import { upsertEntities, upsertRelations } from '../../src/ingest/write.js';
import { writeArticlesTx, type ArticleWrite } from '../../src/ingest/write-articles.js';
import { loadCatalogue } from '../../src/neo4j/catalogue.js';
import { openTestDb, type TestDb } from '../support/db.js';

// Pages must cost what their page costs, not what the entity's degree costs: two hubs written through the
// ingestion write stage, one named in 30 articles and related to 30 places, the other in 300 and to 300, and
// the statements behind the entity page and the entities list PROFILEd on both. Collect-and-slice, filtering
// relationship types after expansion or projecting every mention would make the bigger hub cost ~10 times more.
const SMALL = 30;
const BIG = 300;

const catalogue = loadCatalogue();

interface Plan {
  dbHits: number;
  children: Plan[];
}

/** Database hits of a profiled plan: its own and all its children's. */
function dbHits(plan: Plan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + dbHits(child), 0);
}

describe('page statements do not grow with the degree of the entity (PROFILE db hits)', () => {
  const { uri, username, password, database } = inject('neo4j');
  const prefix = `test-hits/${randomBytes(6).toString('hex')}`;
  const hub = (degree: number) => `${prefix}/hub-${String(degree)}`;
  let t: TestDb;
  let driver: Driver;

  /**
   * Planned afresh on the statistics of the moment: a cached plan would hide what the planner picks once the
   * graph has grown (Neo4j replans only after dbms.cypher.min_replan_interval, 10 s by default).
   */
  async function profile(name: string, params: Record<string, unknown>): Promise<number> {
    await driver.executeQuery('CALL db.clearQueryCaches()', {}, { database });
    const { summary } = await driver.executeQuery(`PROFILE ${catalogue.text({ name })}`, params, {
      database,
    });
    if (!summary.profile) throw new Error(`no profile for ${name}`);
    return dbHits(summary.profile);
  }

  const entityListParams = {
    kind: null,
    descending: false,
    afterName: '',
    afterId: '',
    limit: int(51),
    detail: true,
  };
  let entitiesBefore = { count: 0, hits: 0 };
  /** Profiled straight after the write: the index samples still count the entities before it. */
  let entitiesJustAfter = 0;

  beforeAll(async () => {
    t = await openTestDb();
    driver = neo4j.driver(uri, neo4j.auth.basic(username, password), { disableLosslessIntegers: true });
    const [row] = await t.query('RETURN COUNT { (:Entity) } AS entities');
    entitiesBefore = { count: Number(row?.entities), hits: await profile('entities/page', entityListParams) };
    const places = Array.from({ length: BIG }, (_, i) => ({
      id: `${prefix}/place-${String(i)}`,
      kind: 'Place' as const,
      name: `Hitsplace ${String(i)}`,
      aliases: [],
    }));
    const sentence = 'Hub visited the place.';
    const articles: ArticleWrite[] = places.map((_, i) => ({
      article: {
        id: `article/${prefix}-${String(i)}`,
        contentHash: `${prefix}-${String(i)}`,
        title: `Hits probe ${String(i)}`,
        outlet: 'Probe Outlet',
        author: null,
        publishedAt: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
        url: null,
        source: null,
        text: sentence,
      },
      mentions: [SMALL, BIG]
        .filter((degree) => i < degree)
        .map((degree) => ({
          entityId: hub(degree),
          via: 'name' as const,
          surface: 'Hub',
          start: 0,
          end: 3,
          sentence,
          sentenceIndex: 0,
          sentenceStart: 0,
        })),
      candidates: [],
    }));
    await t.db.writeTransaction('test/hits', async (tx) => {
      await upsertEntities(tx, [
        ...[SMALL, BIG].map((degree) => ({
          id: hub(degree),
          kind: 'Person' as const,
          name: `Hits hub ${String(degree)}`,
          aliases: [],
        })),
        ...places,
      ]);
      await writeArticlesTx(tx, articles);
      await upsertRelations(
        tx,
        [SMALL, BIG].flatMap((degree) =>
          places.slice(0, degree).map((place, i) => ({
            id: `${prefix}/visit-${String(degree)}-${String(i)}`,
            type: 'VISITED' as const,
            from: hub(degree),
            to: place.id,
            props: { at: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`, precision: 'day' },
            evidence: [
              {
                articleId: articles[i]?.article.id ?? '',
                quote: sentence,
                start: 0,
                end: sentence.length,
                sentence,
                sentenceIndex: 0,
                sentenceStart: 0,
              },
            ],
          })),
        ),
      );
    });
    entitiesJustAfter = await profile('entities/page', entityListParams);
  });

  afterAll(async () => {
    await t.query(
      `MATCH (n) WHERE (n:Entity OR n:Article OR n:Claim) AND n.id CONTAINS $prefix DETACH DELETE n`,
      { prefix },
    );
    await driver.close();
    await t.close();
  });

  it('has hubs of the intended degrees', async () => {
    const rows = await t.query(
      `MATCH (e:Entity) WHERE e.id IN $ids
       RETURN e.id AS id, COUNT { (e)-[:MENTIONED_IN]->() } AS mentions, COUNT { (e)-[:VISITED]->() } AS visits`,
      { ids: [hub(SMALL), hub(BIG)] },
    );
    expect(rows.map((r) => [r.id, r.mentions, r.visits]).sort()).toEqual([
      [hub(SMALL), SMALL, SMALL],
      [hub(BIG), BIG, BIG],
    ]);
  });

  it('entity/page: 20 mentions and 20 relationships with evidence cost the same for 30 or 300 of each', async () => {
    const params = entityPageParams({
      mentions: { after: null, first: 20 },
      relations: { direction: 'BOTH', types: RELATION_TYPES, after: null, first: 20, evidence: true },
    });
    const small = await profile('entity/page', { ids: [hub(SMALL)], ...params });
    const big = await profile('entity/page', { ids: [hub(BIG)], ...params });
    // A statement walking every edge would show ~10x; an index seek of 21 rows costs the same on both hubs.
    expect(
      big,
      `db hits: ${String(small)} for ${String(SMALL)}, ${String(big)} for ${String(BIG)}`,
    ).toBeLessThan(small * 1.2);
  });

  it('entity/page: a later page (keyset cursor) costs what the first does', async () => {
    const first = await profile('entity/page', {
      ids: [hub(BIG)],
      ...entityPageParams({ mentions: { after: null, first: 20 }, relations: null }),
    });
    const [row] = await t.query(
      `MATCH ()-[m:MENTIONED_IN]->() WHERE m.entityId = $id
       WITH m ORDER BY m.pageKey SKIP 250 LIMIT 1 RETURN m.pageKey AS key`,
      { id: hub(BIG) },
    );
    const later = await profile('entity/page', {
      ids: [hub(BIG)],
      ...entityPageParams({ mentions: { after: String(row?.key), first: 20 }, relations: null }),
    });
    expect(later).toBeLessThan(first * 1.2);
  });

  it('entities/page: 50 entities by name with the total cost the same after 302 more entities', async () => {
    const after = await profile('entities/page', entityListParams);
    const [row] = await t.query('RETURN COUNT { (:Entity) } AS entities');
    expect(Number(row?.entities)).toBeGreaterThanOrEqual(entitiesBefore.count + BIG + 2);
    // A scan-and-sort reads every entity (hundreds more hits); a seek of 51 rows and the count store do not.
    // Planned on stale index samples (5x more entities than sampled), the unhinted statement answered the
    // id tie-break with a union of two index seeks and a sort of every entity: 792 hits before, 2,095 after.
    const hits = `db hits: ${String(entitiesBefore.hits)} before, ${String(entitiesJustAfter)} straight after the write, ${String(after)} now`;
    expect(entitiesJustAfter, hits).toBeLessThan(entitiesBefore.hits * 1.1);
    expect(after, hits).toBeLessThan(entitiesBefore.hits * 1.1);
  });
});
