/**
 * The propose stage: what an article states, as proposals with evidence. Pure (no database) and linear in the
 * article: each sentence becomes a frame once (names as slots, see frame.ts), every rule family runs over the
 * frames, and statements are read from the quotation marks and reporting verbs of the whole text.
 */
import type { Candidate } from '../candidates.js';
import type { Mention } from '../linker.js';
import type { Sentence } from '../sentences.js';
import { endKey } from './build.js';
import { createDiscourse } from './discourse.js';
import { proposeHappenings } from './happenings.js';
import { buildFrame, type Frame, type ProposeContext } from './frame.js';
import { proposeMovement } from './movement.js';
import { proposeOffices } from './offices.js';
import { scanRoutes } from './routes.js';
import { proposeStatements } from './statements.js';
import { proposeTies } from './ties.js';
import type { DescribedEnd, Proposal } from './types.js';

export type { ProposeContext } from './frame.js';
export type * from './types.js';

export interface ProposeInput {
  readonly text: string;
  /** `YYYY-MM-DD` or null: dates without a year ("on June 13") take the year of publication. */
  readonly publishedAt: string | null;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly candidates: readonly Candidate[];
}

/** What makes two proposals the same claim: kept once, with the higher confidence. */
export function proposalKey(p: Proposal): string {
  switch (p.kind) {
    case 'relation':
      return ['relation', p.type, endKey(p.subject), endKey(p.object), p.role ?? '', p.at?.value ?? ''].join(
        '|',
      );
    case 'statement':
      return ['statement', endKey(p.speaker), String(p.quoteStart), String(p.quoteEnd)].join('|');
    case 'fact':
      return ['fact', endKey(p.subject), p.property, p.value].join('|');
  }
}

export function proposeArticle(input: ProposeInput, ctx: ProposeContext): Proposal[] {
  const year = input.publishedAt ? Number(input.publishedAt.slice(0, 4)) : null;
  const source = { ...input, publishedYear: year !== null && Number.isInteger(year) ? year : null };
  const all: Proposal[] = [];
  let lastRoute: DescribedEnd | null = null;
  const frames: Frame[] = [];
  const discourse = createDiscourse();
  for (const sentence of input.sentences) {
    const routes = scanRoutes(discourse.resolve(buildFrame(source, sentence, ctx)), lastRoute);
    lastRoute = routes.lastRoute;
    const frame: Frame = routes.frame;
    frames.push(frame);
    all.push(
      ...routes.proposals,
      ...proposeOffices(frame),
      ...proposeMovement(frame),
      ...proposeTies(frame, ctx),
      ...proposeHappenings(frame),
    );
  }
  all.push(...proposeStatements(input.text, frames));
  const best = new Map<string, Proposal>();
  for (const p of all) {
    const key = proposalKey(p);
    const seen = best.get(key);
    if (!seen || p.confidence > seen.confidence) best.set(key, p);
  }
  return [...best.values()].sort((a, b) => a.evidence.start - b.evidence.start);
}
