// Ingestion throughput against a real Neo4j (a throwaway one, found or started like the tests' one):
// ~3 KB synthetic articles built from corpus-like sentences naming known entities and unknown people,
// through the same pipeline as `npm run ingest` (parse, split, link, propose, one write transaction), and the
// CPU time a batched article costs this process and Neo4j (bench/neo4j-cpu.cypher).
// Run: npx tsx bench/ingest.ts [articles=150]
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import neo4jDriver from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { analyseArticle } from '../src/ingest/analyse.js';
import { LinkerCache } from '../src/ingest/linker-cache.js';
import {
  batchedIngestWriter,
  ingestArticle,
  ingestArticles,
  ingestInBatches,
} from '../src/ingest/pipeline.js';
import { seedIfEmpty } from '../src/ingest/seed.js';
import { createLogger } from '../src/logger.js';
import { connectGraph } from '../src/neo4j/connect.js';
import { acquireNeo4j } from '../src/neo4j/provider.js';

const COUNT = Number(process.argv[2] ?? 150);
/** Articles ingested before anything is timed. */
const WARM_UP = 300;

const TEMPLATES = [
  'Alexander Kozlov arrived in Pyongyang aboard a Nordwind Airlines flight from Sheremetyevo Airport on day {n}.',
  'Russian Security Council Secretary Sergei Shoigu said trade with North Korea was developing, Interfax reported.',
  'Rosaviatsia asked Aeroflot and Aurora to evaluate readiness for routine flights to Pyongyang, Kommersant said.',
  'Air Koryo still flies between Vladivostok and Pyongyang twice a week, according to {person} of {org}.',
  'Kim Jong Un met Vladimir Putin in Russia’s far east, and Sergey Lavrov later visited Pyongyang.',
  '{person}, a spokesperson for {org}, said the route could reopen before the end of year {n}.',
  'Russian Post restarted parcel delivery to North Korea after trial shipments, said Mikhail Volkov.',
  'Oleg Panteleyev of AviaPort said business and political circles in Moscow drive demand for such flights.',
];
const FIRST = ['Ivan', 'Pavel', 'Anna', 'Olga', 'Dmitry', 'Yuri', 'Elena', 'Boris', 'Nikita', 'Irina'];
const LAST = ['Sidorenko', 'Belov', 'Orlova', 'Zaitsev', 'Kuznetsova', 'Morozov', 'Volodin', 'Gromova'];
const ORGS = [
  'Baikal Wings Airlines',
  'Amur Transport Council',
  'Siberian Cargo Agency',
  'Primorye Rail Company',
];

/** A deterministic ~3 KB article: corpus-like sentences, each article unique through its numbers. */
function makeArticle(i: number): string {
  const lines = [`Transport links, report ${String(i)}`, ''];
  let k = 0;
  while (lines.join('\n').length < 3000) {
    const t = TEMPLATES[(i + k) % TEMPLATES.length] ?? '';
    lines.push(
      t
        .replace('{n}', String(i * 100 + k))
        .replace(
          '{person}',
          `${FIRST[(i + k) % FIRST.length] ?? ''} ${LAST[(i * 3 + k) % LAST.length] ?? ''}`,
        )
        .replace('{org}', ORGS[(i + k) % ORGS.length] ?? ''),
    );
    k += 1;
  }
  return lines.join('\n');
}

/** Reads the Neo4j process's CPU seconds so far (bench/neo4j-cpu.cypher), through a driver of its own. */
async function neo4jCpuReader(neo4j: { uri: string; username: string; password: string }) {
  const driver = neo4jDriver.driver(neo4j.uri, neo4jDriver.auth.basic(neo4j.username, neo4j.password), {
    disableLosslessIntegers: true,
  });
  const text = await readFile(join(import.meta.dirname, 'neo4j-cpu.cypher'), 'utf8');
  return {
    seconds: async (): Promise<number> => {
      const { records } = await driver.executeQuery(text);
      return Number(records[0]?.get('cpuNanos')) / 1e9;
    },
    close: () => driver.close(),
  };
}

/** This process's CPU seconds so far (user and system). */
const ownCpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
  const logger = createLogger('warn');
  const neo4j = await acquireNeo4j(config, logger, 'test');
  const { db, close } = await connectGraph(
    neo4j,
    { acquisitionTimeoutMs: 10_000, queryTimeoutMs: 60_000 },
    logger,
  );
  try {
    await seedIfEmpty({ db, logger, corpusDir: config.corpusDir });
    const linker = await new LinkerCache(db).get();
    const articles = Array.from({ length: 2 * COUNT + 10 }, (_, i) => makeArticle(i));
    const batched = Array.from({ length: 8 * COUNT }, (_, i) => makeArticle(10_000 + i));
    const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0) / articles.length;

    // Warm-up: JIT (Node's and Neo4j's JVM), driver pool, Neo4j query plans. A server that has just started runs
    // its first few hundred transactions well below the steady speed a running service has.
    for (const raw of articles.slice(0, 10)) await ingestArticle({ db, linker }, { raw });
    for (let i = 0; i < WARM_UP; i += 1)
      await ingestArticle({ db, linker }, { raw: makeArticle(20_000 + i) });

    let t = performance.now();
    for (const raw of articles.slice(10, 10 + COUNT)) analyseArticle(raw, undefined, linker);
    const analyseMs = (performance.now() - t) / COUNT;

    t = performance.now();
    let mentions = 0;
    let candidates = 0;
    for (const raw of articles.slice(10, 10 + COUNT)) {
      const s = await ingestArticle({ db, linker }, { raw });
      mentions += s.mentionsCreated;
      candidates += s.candidates.length;
    }
    const sequentialS = (performance.now() - t) / 1000;

    // 4 clients at once, as concurrent ingestArticle mutations: each article in a transaction of its own; and
    // written together as the service does (batchedIngestWriter: what arrives while a write is in flight goes in
    // the next one). Interleaved like the batches below.
    const concurrency = 4;
    const writeTogether = batchedIngestWriter(db);
    const concurrently = async (raws: string[], together: boolean) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < raws.length) {
            const raw = raws[next++] ?? '';
            if (together) await writeTogether(analyseArticle(raw, undefined, linker), db);
            else await ingestArticle({ db, linker }, { raw });
          }
        }),
      );
    };
    const grouped = Array.from({ length: COUNT }, (_, i) => makeArticle(30_000 + i));
    const half = Math.ceil(COUNT / 2);
    const concurrent = { alone: 0, together: 0 };
    for (const [raws, together] of [
      [articles.slice(10 + COUNT, 10 + COUNT + half), false],
      [grouped.slice(0, half), true],
      [grouped.slice(half), true],
      [articles.slice(10 + COUNT + half), false],
    ] as const) {
      t = performance.now();
      await concurrently([...raws], together);
      concurrent[together ? 'together' : 'alone'] += (performance.now() - t) / 1000;
    }

    // Batches of 100 articles two ways, interleaved so that a growing graph and a warming Neo4j favour neither:
    // each batch analysed and then written in one transaction; and as `npm run ingest` does, the next batch
    // analysed while one is written.
    const serial = async (raws: string[]) => {
      for (let i = 0; i < raws.length; i += 100) {
        await ingestArticles(
          { db, linker },
          raws.slice(i, i + 100).map((raw) => ({ raw })),
        );
      }
    };
    const overlapped = async (raws: string[]) => {
      for await (const summaries of ingestInBatches(
        { db, linker },
        raws.map((raw) => ({ raw })),
        100,
      )) {
        if (summaries.length === 0) throw new Error('a batch wrote nothing');
      }
    };
    const cpu = await neo4jCpuReader(neo4j);
    const spent = { serial: { s: 0, own: 0, neo4j: 0 }, overlapped: { s: 0, own: 0, neo4j: 0 } };
    // In the order serial, overlapped, overlapped, serial: neither goes later on average.
    for (const [round, isSerial] of [true, false, false, true].entries()) {
      const raws = batched.slice(round * 2 * COUNT, (round + 1) * 2 * COUNT);
      const into = isSerial ? spent.serial : spent.overlapped;
      const [own, db0] = [ownCpuSeconds(), await cpu.seconds()];
      t = performance.now();
      await (isSerial ? serial(raws) : overlapped(raws));
      into.s += (performance.now() - t) / 1000;
      into.own += ownCpuSeconds() - own;
      into.neo4j += (await cpu.seconds()) - db0;
    }
    await cpu.close();

    t = performance.now();
    for (const raw of articles.slice(10, 10 + COUNT)) await ingestArticle({ db, linker }, { raw });
    const repeatS = (performance.now() - t) / 1000;

    console.log(
      `ingestion benchmark: ${String(COUNT)} articles per run, ${bytes.toFixed(0)} bytes each on average`,
    );
    console.log(
      `  mentions per article ${(mentions / COUNT).toFixed(1)}, candidates per article ${(candidates / COUNT).toFixed(1)}`,
    );
    console.log('| run | articles/s | ms/article |');
    console.log('|---|---|---|');
    const row = (name: string, s: number, n: number) => {
      console.log(`| ${name} | ${(n / s).toFixed(1)} | ${((s * 1000) / n).toFixed(1)} |`);
    };
    console.log(
      `| analyse only (parse, split, link, propose; no database) | ${(1000 / analyseMs).toFixed(1)} | ${analyseMs.toFixed(1)} |`,
    );
    row('ingest, one at a time', sequentialS, COUNT);
    row(`ingest, ${String(concurrency)} concurrent, a transaction each`, concurrent.alone, COUNT);
    row(
      `ingest, ${String(concurrency)} concurrent, written together (the service's ingestArticle)`,
      concurrent.together,
      COUNT,
    );
    row('ingest, batches of 100, analysed then written', spent.serial.s, 4 * COUNT);
    row(
      'ingest, batches of 100, next analysed while one is written (npm run ingest)',
      spent.overlapped.s,
      4 * COUNT,
    );
    row('re-ingest of the same articles (no change)', repeatS, COUNT);
    // Where a batched article's CPU goes: with two cores, 2,000 ms over their sum is the most any schedule gets.
    for (const [name, s] of Object.entries(spent)) {
      const own = (s.own * 1000) / (4 * COUNT);
      const db = (s.neo4j * 1000) / (4 * COUNT);
      console.log(
        `CPU per article, batches ${name}: this process ${own.toFixed(1)} ms, Neo4j ${db.toFixed(1)} ms ` +
          `(at most ${(2000 / (own + db)).toFixed(0)} articles/s on 2 cores)`,
      );
    }
  } finally {
    await close();
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
