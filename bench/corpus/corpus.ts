import type { Faker } from '@faker-js/faker';
import { ENTITY_KINDS } from '../../src/graph/relation-types.js';
import { planArticle, renderArticle, type Samplers, type SyntheticArticle } from './articles.js';
import { generateEntities, type EntitiesByKind } from './entities.js';
import { partSeed, seededFaker, Zipf } from './random.js';

export const SIZES = {
  S: { articles: 1_000, entities: 1_000 },
  M: { articles: 10_000, entities: 5_000 },
  L: { articles: 100_000, entities: 20_000 },
} as const;
export type SizeName = keyof typeof SIZES;
export const isSizeName = (s: string): s is SizeName => s in SIZES;

/** The most named entity appears in about this share of the articles (the hub). */
export const TOP_ENTITY_SHARE = 0.2;
const CALIBRATION_ARTICLES = 1_000;

const samplersFor = (entities: EntitiesByKind, exponent: number): Samplers =>
  Object.fromEntries(
    ENTITY_KINDS.map((k) => [k, new Zipf(Math.max(1, entities[k].length), exponent)]),
  ) as Samplers;

/** Share of articles naming the most named entity, over a sample of planned (not rendered) articles. */
function topShare(f: Faker, entities: EntitiesByKind, exponent: number, seed: number): number {
  const samplers = samplersFor(entities, exponent);
  const counts = new Map<string, number>();
  for (let i = 0; i < CALIBRATION_ARTICLES; i += 1) {
    const named = new Set<string>();
    f.seed(partSeed(seed, 900_000_000 + i));
    for (const s of planArticle(f, entities, samplers)) {
      for (const e of s.entities) named.add(e.record.id);
    }
    for (const id of named) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return Math.max(...counts.values()) / CALIBRATION_ARTICLES;
}

/**
 * A deterministic synthetic corpus: the same size and seed give the same entities and articles, byte for byte.
 * Article `i` depends only on the seed, the entities and `i`, so articles can be produced in any order.
 */
export class SyntheticCorpus {
  readonly entities: EntitiesByKind;
  readonly exponent: number;
  readonly articleCount: number;
  private readonly samplers: Samplers;
  private readonly outlets: string[];
  /** One generator, reseeded per article: making a Faker is far dearer than seeding one. */
  private readonly faker: Faker;

  constructor(
    readonly size: SizeName,
    readonly seed: number,
  ) {
    const spec = SIZES[size];
    this.articleCount = spec.articles;
    const f = seededFaker(partSeed(seed, 1));
    this.faker = f;
    this.entities = generateEntities(f, spec.entities);
    this.outlets = Array.from(
      { length: 40 },
      () => `${f.location.city()} ${f.helpers.arrayElement(['Post', 'News', 'Today', 'Observer'])}`,
    );
    // Bisection on the Zipf exponent until the top entity is in about TOP_ENTITY_SHARE of the articles.
    let lo = 0.2;
    let hi = 1.6;
    for (let i = 0; i < 10; i += 1) {
      const mid = (lo + hi) / 2;
      if (topShare(f, this.entities, mid, seed) < TOP_ENTITY_SHARE) lo = mid;
      else hi = mid;
    }
    this.exponent = (lo + hi) / 2;
    this.samplers = samplersFor(this.entities, this.exponent);
  }

  allEntities() {
    return ENTITY_KINDS.flatMap((k) => this.entities[k]);
  }

  article(index: number): SyntheticArticle {
    const f = this.faker;
    f.seed(partSeed(this.seed, 1_000 + index));
    const plan = planArticle(f, this.entities, this.samplers);
    return renderArticle(f, index, this.seed, plan, this.outlets);
  }
}
