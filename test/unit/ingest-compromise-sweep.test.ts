// The faster first step of compromise's match sweep (src/ingest/candidates/sweep.ts) must tag exactly as
// compromise's own: every term's tags, and the people, organisations and places read from them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { repoRoot } from '../../src/config.js';
import { installFastSweep } from '../../src/ingest/candidates/sweep.js';

const texts = [join(repoRoot, 'data', 'corpus'), join(repoRoot, 'test', 'fixtures', 'linking')].flatMap(
  (dir) =>
    readdirSync(dir)
      .filter((file) => file.endsWith('.txt'))
      .map((file) => readFileSync(join(dir, file), 'utf8')),
);

const spans = z.array(
  z.object({ text: z.string(), offset: z.object({ start: z.number(), length: z.number() }) }),
);

/** What the candidates stage reads of a parse (term ids are left out: they differ on every parse). */
function reading(text: string): unknown {
  const doc = nlp(text);
  return {
    terms: doc.docs.map((terms) => terms.map((t) => [t.text, t.normal, [...(t.tags ?? [])].sort()])),
    people: spans.parse(doc.people().json({ offset: true })),
    organisations: spans.parse(doc.organizations().json({ offset: true })),
    places: spans.parse(doc.places().json({ offset: true })),
  };
}

describe('compromise with the faster sweep', () => {
  it('tags every term of the corpus and of the linking articles as compromise’s own sweep does', () => {
    expect(texts.length).toBeGreaterThanOrEqual(30);
    const methods = nlp.methods() as { one: { bulkMatch: unknown } };
    const own = methods.one.bulkMatch;
    const before = texts.map(reading);
    installFastSweep();
    expect(methods.one.bulkMatch).not.toBe(own);
    expect(texts.map(reading)).toEqual(before);
  });
});
