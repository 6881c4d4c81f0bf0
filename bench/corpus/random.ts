import { Faker, base, en } from '@faker-js/faker';

/**
 * A seeded Faker: names, places, words and numbers all come from one Mersenne Twister, so a seed gives the same
 * corpus on every machine (with the locked Faker version).
 */
export function seededFaker(seed: number): Faker {
  const faker = new Faker({ locale: [en, base] });
  faker.seed(seed);
  return faker;
}

/** Seeds that do not overlap between the parts of the corpus (entities, article k, calibration). */
export const partSeed = (seed: number, part: number): number => (seed * 1_000_003 + part) % 2_147_483_647;

/**
 * Draws indexes 0..n-1 with probability proportional to 1/(i+1)^exponent: index 0 is the most named entity.
 * Cumulative weights and a binary search: O(log n) per draw.
 */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(
    readonly size: number,
    readonly exponent: number,
  ) {
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let i = 0; i < size; i += 1) {
      total += 1 / (i + 1) ** exponent;
      this.cumulative[i] = total;
    }
  }

  /** `u` uniform in [0, 1). */
  draw(u: number): number {
    const target = u * (this.cumulative[this.size - 1] ?? 0);
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
