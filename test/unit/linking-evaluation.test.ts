// The linking evaluation (npm run eval:linking) with its targets as thresholds, so a regression in linking
// or candidates fails npm test. Figures and misses: eval/results/linking.md.
import { describe, expect, it } from 'vitest';
import { evaluateLinking } from '../../eval/linking-score.js';

const { summary, heldOut, scores } = evaluateLinking();

describe('linking and candidates on the annotated articles (test/fixtures/linking)', () => {
  it('has at least twelve articles in different styles, some held out', () => {
    expect(scores.length).toBeGreaterThanOrEqual(12);
    expect(new Set(scores.map((s) => s.style)).size).toBe(scores.length);
    expect(scores.filter((s) => s.heldOut).length).toBeGreaterThanOrEqual(5);
  });

  it('links with recall ≥ 0.95 at precision ≥ 0.98', () => {
    const misses = scores.flatMap((s) => [...s.missedLinks, ...s.wrongLinks].map((m) => `${s.id}: ${m}`));
    expect(summary.linking.recall, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(summary.linking.precision, misses.join('\n')).toBeGreaterThanOrEqual(0.98);
    expect(heldOut.linking.recall).toBeGreaterThanOrEqual(0.95);
    expect(heldOut.linking.precision).toBeGreaterThanOrEqual(0.98);
  });

  it('proposes most new names, little junk, mostly of the right kind, and variants of known ones as aliases', () => {
    const misses = scores.flatMap((s) =>
      [...s.missedCandidates, ...s.junkCandidates, ...s.wrongKinds].map((m) => `${s.id}: ${m}`),
    );
    expect(summary.candidates.recall, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(summary.candidates.precision, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(summary.candidates.kindAccuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(summary.candidates.aliasRecall).toBe(1);
    expect(heldOut.candidates.recall).toBeGreaterThanOrEqual(0.85);
    expect(heldOut.candidates.precision).toBeGreaterThanOrEqual(0.85);
  });
});
