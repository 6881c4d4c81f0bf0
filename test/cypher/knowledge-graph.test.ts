// The curated graph and the corpus as `npm start` loads them, checked against the real Neo4j.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { loadCuratedGraph } from '../../src/ingest/curated-schema.js';
import { LinkerCache } from '../../src/ingest/linker-cache.js';
import { ingestArticle } from '../../src/ingest/pipeline.js';
import { curatedGraphPath } from '../../src/ingest/seed.js';
import { findZones } from '../../src/ingest/zones.js';
import { openTestDb, type TestDb } from '../support/db.js';

const expectedMentions = JSON.parse(
  readFileSync(join(repoRoot, 'test', 'fixtures', 'expected-mentions.json'), 'utf8'),
) as Record<string, string[]>;
const curated = loadCuratedGraph(curatedGraphPath);

/** Articles these tests ingest; removed afterwards, with the candidates only they proposed. */
const NEW_SOURCE = 'test-new-article.txt';
const RACE_SOURCE = 'race.txt';
const TEST_SOURCES = [NEW_SOURCE, RACE_SOURCE];

let t: TestDb;
beforeAll(async () => {
  t = await openTestDb();
});
afterAll(async () => {
  await t.query(
    `MATCH (a:Article) WHERE a.source IN $sources
     OPTIONAL MATCH (c:Candidate)-[:PROPOSED_IN]->(a)
     WHERE NOT EXISTS { (c)-[:PROPOSED_IN]->(other:Article) WHERE NOT other.source IN $sources }
     DETACH DELETE a, c`,
    { sources: TEST_SOURCES },
  );
  await t.close();
});

describe('the corpus as loaded', () => {
  it('links, in each article, the entities a reader finds there', async () => {
    const rows = await t.query(
      `MATCH (a:Article) OPTIONAL MATCH (e:Entity)-[:MENTIONED_IN]->(a)
       RETURN a.source AS source, collect(DISTINCT e.id) AS ids`,
    );
    const found = new Map(rows.map((r) => [String(r.source), r.ids as string[]]));
    expect([...found.keys()].sort()).toEqual(Object.keys(expectedMentions).sort());
    for (const [file, ids] of Object.entries(expectedMentions)) {
      const missing = ids.filter((id) => !(found.get(file) ?? []).includes(id));
      expect(missing, `entities not linked in ${file}`).toEqual([]);
    }
  });

  it('resolves every spelling variant to one entity', async () => {
    const rows = await t.query(
      `MATCH (e:Entity)-[m:MENTIONED_IN {via: 'name'}]->(:Article) RETURN m.surface AS surface, collect(DISTINCT e.id) AS ids`,
    );
    const bySurface = new Map(rows.map((r) => [String(r.surface), r.ids as string[]]));
    for (const [a, b, id] of [
      ['Panteleyev', 'Panteleev', 'person/oleg-panteleev-aviaport'],
      ['Sergey Lavrov', 'Sergei Lavrov', 'person/sergey-lavrov'],
      ['Kim Jong-un', 'Kim Jong Un', 'person/kim-jong-un'],
      ['AviaPort', 'Aviaport', 'org/aviaport'],
      ['Rosaviatsia', 'Federal Air Transport Agency', 'org/rosaviatsia'],
    ] as const) {
      const surfacesA = [...bySurface.keys()].filter((s) => s.includes(a));
      const surfacesB = [...bySurface.keys()].filter((s) => s.includes(b));
      expect(surfacesA.length, `no mention spelled ${a}`).toBeGreaterThan(0);
      expect(surfacesB.length, `no mention spelled ${b}`).toBeGreaterThan(0);
      for (const s of [...surfacesA, ...surfacesB]) expect(bySurface.get(s)).toEqual([id]);
    }
    // No name is linked to two entities (a curated reference may add a reading: "Tehran" for Iran).
    for (const [surface, ids] of bySurface) expect(ids, surface).toHaveLength(1);
  });

  it('links nothing in picture credits: a caption is content, its credit is not', async () => {
    const articles = await t.query(
      `MATCH (a:Article) WHERE a.source IN $sources
       RETURN a.source AS source, a.text AS text,
              [(e:Entity)-[m:MENTIONED_IN]->(a) | {id: e.id, surface: m.surface, start: m.start, end: m.end}] AS mentions`,
      { sources: Object.keys(expectedMentions) },
    );
    let credits = 0;
    const inCredits: string[] = [];
    for (const article of articles) {
      const zones = findZones(String(article.text)).zones.filter((zone) => zone.kind === 'credit');
      credits += zones.length;
      for (const m of article.mentions as { id: string; surface: string; start: number; end: number }[]) {
        if (zones.some((zone) => zone.start < m.end && m.start < zone.end))
          inCredits.push(`${String(article.source)}: ${m.surface} → ${m.id}`);
      }
    }
    // 002 credits one picture, 003 two (one printed twice and kept once).
    expect(credits).toBe(3);
    expect(inCredits).toEqual([]);
    const [agencies] = await t.query(
      `RETURN COUNT { ()-[m:MENTIONED_IN]->() WHERE m.surface IN $names } AS mentions,
              COUNT { (c:Candidate) WHERE c.name IN $names } AS candidates`,
      { names: ['Getty Images', 'Anadolu Agency', 'Russian Foreign Press and Information Office'] },
    );
    expect(agencies).toEqual({ mentions: 0, candidates: 0 });
  });

  it('proposes no candidate that is already an entity’s name or alias', async () => {
    const rows = await t.query(
      `MATCH (c:Candidate)-[:PROPOSED_IN]->(a:Article) WHERE a.source IN $sources
       MATCH (e:Entity) WHERE c.key IN e.aliasKeys
       RETURN DISTINCT c.name AS candidate, e.id AS entity`,
      { sources: Object.keys(expectedMentions) },
    );
    expect(rows).toEqual([]);
  });

  it('has at least one mention for every entity', async () => {
    const rows = await t.query(
      `MATCH (e:Entity) WHERE NOT (e)-[:MENTIONED_IN]->(:Article) RETURN e.id AS id ORDER BY id`,
    );
    expect(rows.map((r) => r.id)).toEqual([]);
  });

  it('gives every relationship evidence whose passage mentions both ends', async () => {
    // An end counts as named in the cited passage when the graph has a mention of it inside the passage
    // (a name or alias found by the linker, or a curated reference); a route also counts when both its
    // origin and its destination are mentioned there.
    const rows = await t.query(
      `MATCH (s:Entity)-[r]->(o:Entity)
       WHERE r.id IS NOT NULL
       OPTIONAL MATCH (c:Claim {id: r.id})-[ev:EVIDENCED_BY]->(a:Article)
       WITH r, s, o, ev, a,
            CASE WHEN ev IS NULL THEN null ELSE [ev.sentenceStart, ev.sentenceStart + size(ev.sentence)] END AS span
       WITH r, ev, a, span, [end IN [s, o] |
              ev IS NOT NULL AND (
                EXISTS { MATCH (end)-[m:MENTIONED_IN]->(a) WHERE m.start >= span[0] AND m.end <= span[1] }
                OR (end:Route AND EXISTS {
                  MATCH (end)-[:ORIGIN]->(x)-[m1:MENTIONED_IN]->(a) WHERE m1.start >= span[0] AND m1.end <= span[1] }
                  AND EXISTS {
                  MATCH (end)-[:DESTINATION]->(y)-[m2:MENTIONED_IN]->(a) WHERE m2.start >= span[0] AND m2.end <= span[1] })
              )] AS named
       RETURN r.id AS id, collect({source: a.source, sentence: ev.sentence, named: named}) AS evidence`,
    );
    expect(rows.length).toBe(curated.relations.length);
    const failures: string[] = [];
    for (const row of rows) {
      const evidence = (
        row.evidence as { source: string | null; sentence: string | null; named: boolean[] }[]
      ).filter((e) => e.source !== null);
      if (evidence.length === 0) failures.push(`${String(row.id)}: no evidence`);
      for (const e of evidence) {
        if (!e.named.every(Boolean)) {
          failures.push(
            `${String(row.id)} in ${String(e.source)} [${e.named.join(',')}]: ${String(e.sentence)}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('keeps each disagreement side by side with its sources', async () => {
    const rows = await t.query(
      `MATCH (f:Fact)-[ev:EVIDENCED_BY]->(a:Article)
       WITH f.subjectId AS subject, f.property AS property, f.value AS value, collect(DISTINCT a.source) AS sources
       WITH subject, property, collect({value: value, sources: sources}) AS values
       WHERE size(values) > 1
       RETURN subject, property, values`,
    );
    const conflicts = new Map(rows.map((r) => [`${String(r.subject)} ${String(r.property)}`, r.values]));
    const firstFlight = conflicts.get('route/moscow-pyongyang-air firstServiceDate') as
      { value: string; sources: string[] }[] | undefined;
    expect(firstFlight, [...conflicts.keys()].join(', ')).toBeDefined();
    const sources = new Set(firstFlight?.flatMap((v) => v.sources));
    expect(sources).toContain('000_858c5770a7d0bd77.txt');
    expect(sources).toContain('004_13eca6a70c629a29.txt');
    // Every disagreement the curated data records is in the graph with a source for each value.
    const curatedConflicts = new Map<string, Set<string>>();
    for (const f of curated.facts) {
      const key = `${f.subject} ${f.property}`;
      curatedConflicts.set(key, (curatedConflicts.get(key) ?? new Set()).add(f.value));
    }
    for (const [key, values] of curatedConflicts) {
      if (values.size < 2) continue;
      const stored = conflicts.get(key) as { value: string; sources: string[] }[] | undefined;
      expect(stored, key).toBeDefined();
      expect(new Set(stored?.map((v) => v.value))).toEqual(values);
      for (const v of stored ?? []) expect(v.sources.length, `${key} = ${v.value}`).toBeGreaterThan(0);
    }
  });

  it('records who said what, linked to the speaker and the article', async () => {
    const rows = await t.query(
      `MATCH (s:Statement)-[:SAID_BY]->(p:Entity), (s)-[:REPORTED_IN]->(a:Article)
       RETURN s.id AS id, p.id AS speaker, a.source AS source, s.quote AS quote`,
    );
    expect(rows.length).toBe(curated.statements.length);
    const poteshkin = rows.find((r) => r.speaker === 'person/vladimir-poteshkin');
    expect(String(poteshkin?.quote)).toContain('70 years');
  });
});

describe('ingesting a new article', () => {
  // Known entities in spellings the curated data does not list, and names nobody has seen.
  const article = [
    'Regional carriers eye Far East routes',
    '',
    'Aleksandr Kozlov met officials from Rosaviatsiya in Vladivostok on Tuesday to discuss new routes to Pyongyang.',
    'Sergey Shoigu was not present, but Kim Jong Un sent a message of support. Lavrov stayed in Moscow.',
    'Ivan Sidorenko, chief executive of Baikal Wings Airlines, said the airline would study a route from Irkutsk.',
    'Marina Lebedeva of the Amur Transport Council welcomed the plan.',
    `Test run ${String(Date.now())}.`,
  ].join('\n');

  it('links the known names, proposes the unknown ones, and changes nothing the second time', async () => {
    const linker = await new LinkerCache(t.db).get();
    const first = await ingestArticle({ db: t.db, linker }, { raw: article, source: NEW_SOURCE });
    expect(first.created).toBe(true);
    const linked = first.linked.map((l) => l.entityId);
    expect(linked).toEqual(
      expect.arrayContaining([
        'person/alexander-kozlov',
        'org/rosaviatsia',
        'place/vladivostok',
        'place/pyongyang',
        'person/sergei-shoigu',
        'person/kim-jong-un',
        // A one-word name the graph marks as safe alone: the cached linker reads that from the graph too.
        'person/sergey-lavrov',
      ]),
    );
    const proposed = first.candidates.map((c) => c.name);
    expect(proposed).toEqual(
      expect.arrayContaining([
        'Ivan Sidorenko',
        'Baikal Wings Airlines',
        'Marina Lebedeva',
        'Amur Transport Council',
      ]),
    );
    // Candidates are stored apart from entities.
    const [stored] = await t.query(
      `MATCH (c:Candidate)-[:PROPOSED_IN]->(a:Article {id: $id}) RETURN count(c) AS n, COUNT { (c2:Entity) WHERE c2.name = 'Ivan Sidorenko' } AS asEntity`,
      { id: first.articleId },
    );
    expect(stored?.n).toBe(first.candidates.length);
    expect(stored?.asEntity).toBe(0);

    const counts = () =>
      t.query(
        `MATCH (a:Article {id: $id})
         RETURN COUNT { (:Article {contentHash: a.contentHash}) } AS articles,
                COUNT { ()-[:MENTIONED_IN]->(a) } AS mentions,
                COUNT { ()-[:PROPOSED_IN]->(a) } AS proposals,
                COUNT { (:Candidate) } AS candidates`,
        { id: first.articleId },
      );
    const before = await counts();
    const again = await ingestArticle({ db: t.db, linker }, { raw: article, source: NEW_SOURCE });
    expect(again.created).toBe(false);
    expect(again.mentionsCreated).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it('leaves one article and one set of mentions when twenty ingests of it race', async () => {
    const raw = `${article}\nRace ${String(Math.random())}.`;
    const linker = await new LinkerCache(t.db).get();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => ingestArticle({ db: t.db, linker }, { raw, source: RACE_SOURCE })),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const id = results[0]?.articleId;
    const [row] = await t.query(
      `MATCH (a:Article {id: $id})
       RETURN COUNT { (:Article {contentHash: a.contentHash}) } AS articles,
              COUNT { ()-[:MENTIONED_IN]->(a) } AS mentions`,
      { id },
    );
    expect(row?.articles).toBe(1);
    expect(row?.mentions).toBe(results[0]?.linked.reduce((n, l) => n + l.count, 0));
  });
});
