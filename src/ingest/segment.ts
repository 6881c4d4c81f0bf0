/**
 * The segment stage: an article's text cut into sentences (what mentions and claims cite) and zones (the
 * parts that speak about the article itself: credits, bylines, datelines, sign-offs).
 */
import { splitSentences, type Sentence } from './sentences.js';
import { findZones, type Zones } from './zones.js';

export interface Segments {
  readonly sentences: Sentence[];
  readonly zones: Zones;
}

export function segmentText(text: string): Segments {
  return { sentences: splitSentences(text), zones: findZones(text) };
}
