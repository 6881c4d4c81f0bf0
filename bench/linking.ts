/**
 * Linking cost against the size of the entity list. Run: npx tsx bench/linking.ts
 *
 * The linker's promise is that linking one article costs time in proportion to the article, not to
 * the number of known entities. This builds linkers over 100, 10,000 and 100,000 entities (the
 * real corpus names plus deterministic synthetic ones) and links the same ~3 KB articles with each:
 * per-article times should stay roughly flat while only the build time grows.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config.js';
import type { EntityKind } from '../src/graph/relation-types.js';
import { createLinker, type LinkableEntity } from '../src/ingest/linker.js';
import { parseArticle } from '../src/ingest/parse.js';
import { splitSentences, type Sentence } from '../src/ingest/sentences.js';

const SIZES = [100, 10_000, 100_000];
const ROUNDS = 100;

/** Names the corpus really uses, in the spellings of the curated data. */
const REAL: LinkableEntity[] = [
  {
    id: 'person/oleg-panteleev',
    kind: 'Person',
    name: 'Oleg Panteleev',
    aliases: ['Oleg Panteleyev', 'Panteleev'],
  },
  { id: 'person/kim-jong-un', kind: 'Person', name: 'Kim Jong Un', aliases: ['Kim Jong-un', 'Kim'] },
  { id: 'person/sergei-lavrov', kind: 'Person', name: 'Sergei Lavrov', aliases: ['Sergey Lavrov', 'Lavrov'] },
  { id: 'person/sergei-shoigu', kind: 'Person', name: 'Sergei Shoigu', aliases: ['Shoigu'] },
  { id: 'person/vladimir-putin', kind: 'Person', name: 'Vladimir Putin', aliases: ['Putin'] },
  { id: 'person/alexander-kozlov', kind: 'Person', name: 'Alexander Kozlov', aliases: ['Kozlov'] },
  { id: 'person/yun-jong-ho', kind: 'Person', name: 'Yun Jong-ho', aliases: ['Yun'] },
  {
    id: 'org/rosaviatsia',
    kind: 'Organisation',
    name: 'Federal Air Transport Agency',
    aliases: ['Rosaviatsia'],
  },
  { id: 'org/aviaport', kind: 'Organisation', name: 'AviaPort', aliases: [] },
  { id: 'org/aeroflot', kind: 'Organisation', name: 'Aeroflot', aliases: [] },
  { id: 'org/nordwind', kind: 'Organisation', name: 'Nordwind Airlines', aliases: ['Nordwind'] },
  { id: 'org/air-koryo', kind: 'Organisation', name: 'Air Koryo', aliases: [] },
  { id: 'org/russian-post', kind: 'Organisation', name: 'Russian Post', aliases: [] },
  { id: 'place/north-korea', kind: 'Place', name: 'North Korea', aliases: ['DPRK'] },
  { id: 'place/russia', kind: 'Place', name: 'Russia', aliases: ['Russian Federation'] },
  { id: 'place/moscow', kind: 'Place', name: 'Moscow', aliases: [] },
  { id: 'place/pyongyang', kind: 'Place', name: 'Pyongyang', aliases: [] },
  { id: 'place/vladivostok', kind: 'Place', name: 'Vladivostok', aliases: [] },
];

const FIRST = [
  'Sergei',
  'Anna',
  'Oleg',
  'Kim',
  'Yuri',
  'Elena',
  'Pak',
  'Dmitry',
  'Choe',
  'Irina',
  'Lee',
  'Mikhail',
];
const SYLLABLES = [
  'ka',
  'lo',
  'vre',
  'min',
  'sto',
  'zha',
  'rov',
  'dan',
  'tel',
  'by',
  'ush',
  'ko',
  'ne',
  'gor',
  'vi',
];
const ORG_WORDS = ['Airlines', 'Agency', 'Railways', 'Group', 'Council', 'Logistics', 'Ministry', 'Bank'];
const PLACE_WORDS = ['Airport', 'Station', 'Port', 'Bay', 'Region'];

/** Deterministic PRNG (mulberry32), so every run benchmarks the same names. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function syntheticEntities(count: number): LinkableEntity[] {
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const word = (): string => {
    const parts = Array.from({ length: 3 + Math.floor(next() * 2) }, () => pick(SYLLABLES)).join('');
    return parts.charAt(0).toUpperCase() + parts.slice(1);
  };
  return Array.from({ length: count }, (_, index): LinkableEntity => {
    const kind: EntityKind = index % 3 === 0 ? 'Person' : index % 3 === 1 ? 'Organisation' : 'Place';
    const core = word();
    const name =
      kind === 'Person'
        ? `${pick(FIRST)} ${core}`
        : kind === 'Organisation'
          ? `${core} ${word()} ${pick(ORG_WORDS)}`
          : `${core} ${pick(PLACE_WORDS)}`;
    const aliases =
      kind === 'Person' ? [core] : kind === 'Organisation' ? [`${core} ${pick(ORG_WORDS)}`] : [core];
    return { id: `${kind.toLowerCase()}/synthetic-${index}`, kind, name, aliases };
  });
}

/** A ~3 KB article naming some of the first synthetic entities (present at every list size). */
function syntheticArticle(entities: readonly LinkableEntity[], seed: number): string {
  const next = random(seed);
  const sentences: string[] = [];
  let length = 0;
  while (length < 3_000) {
    const a = entities[Math.floor(next() * entities.length)];
    const b = entities[Math.floor(next() * entities.length)];
    const sentence = `${a?.name ?? 'Somebody'} met officials from ${b?.name ?? 'somewhere'} on Monday to discuss the new route, and the talks went on.`;
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  return sentences.join(' ');
}

interface Article {
  readonly text: string;
  readonly sentences: Sentence[];
}

async function articles(firstEntities: readonly LinkableEntity[]): Promise<Article[]> {
  const dir = loadConfig().corpusDir;
  const texts: string[] = [];
  try {
    for (const file of (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort()) {
      texts.push(parseArticle(await readFile(join(dir, file), 'utf8')).text);
    }
  } catch {
    // Without the corpus the synthetic articles still measure the same thing.
  }
  for (let seed = 1; seed <= 5; seed += 1) texts.push(syntheticArticle(firstEntities, seed));
  return texts.map((text) => ({ text, sentences: splitSentences(text) }));
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const synthetic = syntheticEntities(Math.max(...SIZES));
  const sample = await articles(synthetic.slice(0, 60));
  const averageKb = sample.reduce((sum, article) => sum + article.text.length, 0) / sample.length / 1024;
  console.log(`${sample.length} articles, ${averageKb.toFixed(1)} KB on average, ${ROUNDS} rounds each\n`);

  // Warm-up on a throw-away linker, so the first size is not measured while the JIT is still cold.
  const warm = createLinker([...REAL, ...synthetic.slice(0, 1_000)]);
  for (let round = 0; round < 50; round += 1) {
    for (const article of sample) warm.link(article.text, article.sentences);
  }

  const rows: Record<string, string | number>[] = [];
  for (const size of SIZES) {
    const entities = [...REAL, ...synthetic.slice(0, size - REAL.length)];
    const buildStart = performance.now();
    const linker = createLinker(entities);
    const buildMs = performance.now() - buildStart;

    for (const article of sample) linker.link(article.text, article.sentences);
    const times: number[] = [];
    let mentions = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const article of sample) {
        const start = performance.now();
        mentions += linker.link(article.text, article.sentences).length;
        times.push(performance.now() - start);
      }
    }
    times.sort((a, b) => a - b);
    rows.push({
      entities: size,
      aliases: linker.aliasCount,
      'build ms': Number(buildMs.toFixed(1)),
      'median ms/article': Number(quantile(times, 0.5).toFixed(3)),
      'p95 ms/article': Number(quantile(times, 0.95).toFixed(3)),
      'mentions/article': Number((mentions / times.length).toFixed(1)),
    });
  }
  console.table(rows);
}

await main();
