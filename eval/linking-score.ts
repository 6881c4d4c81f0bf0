/**
 * Scoring of linking and candidates against the annotated articles in test/fixtures/linking/: shared by
 * `npm run eval:linking` (which prints and writes the figures) and test/unit/linking-evaluation.test.ts
 * (which fails `npm test` when they fall below the targets).
 *
 * Each article `NN-name.txt` has `NN-name.json`:
 * - `links`: surface → entity id. Every occurrence of the surface in the analysed text (on word boundaries,
 *   case-sensitive, the longest annotated surface winning where they overlap) must be linked to that entity.
 * - `unlinked`: surfaces that must stay unlinked (a namesake, a newspaper named after a city).
 * - `candidates`: names an editor wants proposed (`names`: the spellings any of which counts), with their
 *   `category` (or several acceptable `categories`) and, for variants of a known entity, `aliasOf`.
 * - `optional`: names that may be proposed or not; they count neither way.
 * - `heldOut`: written after the rules were tuned on the others (scored apart), and `annotationFixed`, an
 *   annotation mistake corrected after scoring, said openly.
 */
import { join } from 'node:path';
import { repoRoot } from '../src/config.js';
import { analyseArticle, type ArticleAnalysis } from '../src/ingest/analyse.js';
import { curatedEntityRecord } from '../src/ingest/curated.js';
import { loadCuratedGraph } from '../src/ingest/curated-schema.js';
import { createLinker } from '../src/ingest/linker.js';
import { nameKey } from '../src/ingest/names.js';
import { curatedGraphPath } from '../src/ingest/seed.js';
import { loadCases, type Annotation, type EvalCase } from './linking-cases.js';

interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  /** null: must stay unlinked. */
  readonly entityId: string | null;
}

export interface ArticleScore {
  readonly id: string;
  readonly style: string;
  readonly heldOut: boolean;
  readonly links: { expected: number; found: number; predicted: number; correct: number };
  readonly entities: { expected: number; found: number; predicted: number; correct: number };
  readonly candidates: {
    expected: number;
    found: number;
    predicted: number;
    /** Proposed names the annotation lists as optional: counted neither way. */
    optional: number;
    useful: number;
    rightKind: number;
    aliasExpected: number;
    aliasRight: number;
  };
  /** Expected links not made: "surface → entity". */
  readonly missedLinks: string[];
  /** Links made that are wrong or not expected: "surface → entity (why)". */
  readonly wrongLinks: string[];
  readonly missedCandidates: string[];
  /** Proposed names that are not wanted: junk, duplicates of a proposed one, or the wrong kind. */
  readonly junkCandidates: string[];
  readonly wrongKinds: string[];
}

const WORD = /[\p{L}\p{N}]/u;

function occurrencesOf(text: string, a: Annotation): Occurrence[] {
  const surfaces: [string, string | null][] = [
    ...Object.entries(a.links),
    ...a.unlinked.map((s): [string, null] => [s, null]),
  ].sort((x, y) => y[0].length - x[0].length);
  const taken: Occurrence[] = [];
  for (const [surface, entityId] of surfaces) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      if (WORD.test(text[at - 1] ?? '') || WORD.test(text[end] ?? '')) continue;
      if (taken.some((o) => o.start < end && at < o.end)) continue;
      taken.push({ start: at, end, surface, entityId });
    }
  }
  return taken;
}

/** Candidate fields the scorer reads (the pipeline's Candidate has these and more). */
export interface ScoredCandidate {
  readonly name: string;
  readonly variants?: readonly string[];
  readonly category: string;
  readonly aliasOf?: { readonly entityId: string } | null;
}

export function scoreArticle(
  c: EvalCase,
  analysis: Pick<ArticleAnalysis, 'article' | 'mentions'> & { candidates: readonly ScoredCandidate[] },
): ArticleScore {
  const text = analysis.article.text;
  const expected = occurrencesOf(text, c.annotation);
  const toLink = expected.filter((o) => o.entityId !== null);
  const found = new Set<Occurrence>();
  const wrongLinks: string[] = [];
  let correct = 0;
  for (const m of analysis.mentions) {
    const overlapping = expected.filter((o) => o.start < m.end && m.start < o.end);
    const right = overlapping.find((o) => o.entityId === m.entityId);
    if (right) {
      correct += 1;
      found.add(right);
      continue;
    }
    const why = overlapping[0]
      ? overlapping[0].entityId === null
        ? `inside "${overlapping[0].surface}", which must stay unlinked`
        : `expected ${overlapping[0].entityId}`
      : 'not a name of it';
    wrongLinks.push(`${m.surface} → ${m.entityId} (${why})`);
  }
  const missedLinks = toLink.filter((o) => !found.has(o)).map((o) => `${o.surface} → ${o.entityId ?? ''}`);

  const expectedEntities = new Set(toLink.map((o) => o.entityId));
  const predictedEntities = new Set(analysis.mentions.map((m) => m.entityId));
  const entitiesCorrect = [...predictedEntities].filter((id) => expectedEntities.has(id)).length;

  const wanted = c.annotation.candidates;
  const optional = new Set(c.annotation.optional.map(nameKey));
  const keysOf = (names: readonly string[]) => new Set(names.map(nameKey));
  const foundCandidates = new Set<number>();
  const junkCandidates: string[] = [];
  const wrongKinds: string[] = [];
  let useful = 0;
  let optionalFound = 0;
  let rightKind = 0;
  let aliasRight = 0;
  for (const candidate of analysis.candidates) {
    const names = [candidate.name, ...(candidate.variants ?? [])];
    const keys = keysOf(names);
    const index = wanted.findIndex((w) => [...keysOf(w.names)].some((k) => keys.has(k)));
    const want = wanted[index];
    if (want === undefined) {
      if ([...keys].some((k) => optional.has(k))) optionalFound += 1;
      else junkCandidates.push(`${names.join(' / ')} (${candidate.category})`);
      continue;
    }
    if (foundCandidates.has(index)) {
      junkCandidates.push(`${names.join(' / ')} (duplicate)`);
      continue;
    }
    foundCandidates.add(index);
    useful += 1;
    if ((want.categories ?? [want.category]).some((c) => c === candidate.category)) rightKind += 1;
    else wrongKinds.push(`${candidate.name}: ${candidate.category}, expected ${want.category}`);
    if (want.aliasOf !== undefined && candidate.aliasOf?.entityId === want.aliasOf) aliasRight += 1;
  }
  const missedCandidates = wanted
    .filter((_, index) => !foundCandidates.has(index))
    .map((w) => `${w.names.join(' / ')} (${w.category}${w.aliasOf ? `, alias of ${w.aliasOf}` : ''})`);

  return {
    id: c.id,
    style: c.annotation.style,
    heldOut: c.annotation.heldOut,
    links: { expected: toLink.length, found: found.size, predicted: analysis.mentions.length, correct },
    entities: {
      expected: expectedEntities.size,
      found: entitiesCorrect,
      predicted: predictedEntities.size,
      correct: entitiesCorrect,
    },
    candidates: {
      expected: wanted.length,
      found: foundCandidates.size,
      predicted: analysis.candidates.length,
      optional: optionalFound,
      useful,
      rightKind,
      aliasExpected: wanted.filter((w) => w.aliasOf !== undefined).length,
      aliasRight,
    },
    missedLinks,
    wrongLinks,
    missedCandidates,
    junkCandidates,
    wrongKinds,
  };
}

export interface Summary {
  readonly articles: number;
  readonly linking: { precision: number; recall: number; expected: number; predicted: number };
  readonly entities: { precision: number; recall: number };
  readonly candidates: {
    precision: number;
    recall: number;
    kindAccuracy: number;
    aliasRecall: number;
    expected: number;
    predicted: number;
  };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const sum = (scores: readonly ArticleScore[], pick: (s: ArticleScore) => number): number =>
  scores.reduce((n, s) => n + pick(s), 0);

export function summarise(scores: readonly ArticleScore[]): Summary {
  const total = (pick: (s: ArticleScore) => number): number => sum(scores, pick);
  const rate = (part: (s: ArticleScore) => number, whole: (s: ArticleScore) => number): number =>
    ratio(total(part), total(whole));
  return {
    articles: scores.length,
    linking: {
      precision: rate(
        (s) => s.links.correct,
        (s) => s.links.predicted,
      ),
      recall: rate(
        (s) => s.links.found,
        (s) => s.links.expected,
      ),
      expected: total((s) => s.links.expected),
      predicted: total((s) => s.links.predicted),
    },
    entities: {
      precision: rate(
        (s) => s.entities.correct,
        (s) => s.entities.predicted,
      ),
      recall: rate(
        (s) => s.entities.found,
        (s) => s.entities.expected,
      ),
    },
    candidates: {
      precision: rate(
        (s) => s.candidates.useful,
        (s) => s.candidates.predicted - s.candidates.optional,
      ),
      recall: rate(
        (s) => s.candidates.found,
        (s) => s.candidates.expected,
      ),
      kindAccuracy: rate(
        (s) => s.candidates.rightKind,
        (s) => s.candidates.useful,
      ),
      aliasRecall: rate(
        (s) => s.candidates.aliasRight,
        (s) => s.candidates.aliasExpected,
      ),
      expected: total((s) => s.candidates.expected),
      predicted: total((s) => s.candidates.predicted),
    },
  };
}

export const casesDir = join(repoRoot, 'test', 'fixtures', 'linking');

export interface Evaluation {
  readonly scores: ArticleScore[];
  /** Every article. */
  readonly summary: Summary;
  /** The articles the rules were tuned on, and the ones written after (heldOut). */
  readonly tuned: Summary;
  readonly heldOut: Summary;
}

/** Analyses every annotated article with a linker over the curated graph (as a freshly seeded service has). */
export function evaluateLinking(dir = casesDir): Evaluation {
  const linker = createLinker(loadCuratedGraph(curatedGraphPath).entities.map(curatedEntityRecord));
  const scores = loadCases(dir).map((c) => {
    const analysis = analyseArticle(c.raw, undefined, linker, `${c.id}.txt`);
    return scoreArticle(c, {
      ...analysis,
      candidates: analysis.candidates.map((x) => ({ ...x, variants: x.variants.map((v) => v.name) })),
    });
  });
  return {
    scores,
    summary: summarise(scores),
    tuned: summarise(scores.filter((s) => !s.heldOut)),
    heldOut: summarise(scores.filter((s) => s.heldOut)),
  };
}
