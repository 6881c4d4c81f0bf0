/**
 * A sentence as the rules see it: every name in it (linked entities, candidate names, demonyms standing for a
 * country) becomes a slot, and the sentence text with each slot replaced by a placeholder `⟨K7⟩` is the
 * skeleton the rules match with regular expressions. K is the slot's kind: P person, O organisation, L place,
 * R route, A agreement, E event, and J a demonym ("Russian") standing for its country. Apostrophes and quotation
 * marks are straightened in the skeleton so rules need not spell every variant.
 */
import type { EntityKind } from '../../graph/relation-types.js';
import type { Candidate } from '../candidates.js';
import type { Mention } from '../linker.js';
import type { Sentence } from '../sentences.js';
import { demonymCountry } from './lexicon.js';
import { DATE, parsePartialDate, type PartialDate } from './dates.js';
import type { EntityEnd, ProposalEnd, ProposalEvidence } from './types.js';

/** What the rules may ask about the world: the kind of a linked entity and the entity a name links to. */
export interface ProposeContext {
  kindOf(entityId: string): EntityKind | null;
  /** The known entity a whole name (a country from a demonym) links to, if exactly one. */
  lookup(name: string): EntityEnd | null;
}

export type SlotCode = 'P' | 'O' | 'L' | 'R' | 'A' | 'E' | 'J';

export interface Slot {
  readonly start: number;
  readonly end: number;
  readonly code: SlotCode;
  readonly ref: ProposalEnd;
  /** A back reference ("the route") to an end named in an earlier sentence. */
  readonly anaphoric?: boolean;
}

export interface Frame {
  readonly text: string;
  readonly sentence: Sentence;
  readonly slots: readonly Slot[];
  readonly skeleton: string;
  /** Article offsets of skeleton positions: [from, to) of the skeleton → [start, end) in the article. */
  span(from: number, to: number): { start: number; end: number };
  /** Evidence for a skeleton range, widened to whole slots (and to `also`, a slot the claim depends on). */
  evidence(from: number, to: number, also?: { start: number; end: number }): ProposalEvidence;
  /** The whole sentence as evidence. */
  sentenceEvidence(): ProposalEvidence;
  /** The article's publication year, for dates that give none. */
  readonly publishedYear: number | null;
  /** The one date the sentence gives ("on 27 July 2025"), or null when it gives none or several. */
  readonly date: SentenceDate | null;
  /** The skeleton position of an article offset inside the sentence (its first position at or after it). */
  indexOf(offset: number): number;
  /** The slot a placeholder (`⟨P3⟩`) stands for. */
  slot(placeholder: string | undefined): Slot | undefined;
}

const CODE: Readonly<Record<EntityKind, SlotCode>> = {
  Person: 'P',
  Organisation: 'O',
  Place: 'L',
  Route: 'R',
  Agreement: 'A',
  Event: 'E',
};
const CANDIDATE_CODE = { Person: 'P', Organisation: 'O', Place: 'L' } as const;
const PLACEHOLDER = /^⟨([POLRAEJ])(\d+)⟩$/u;
const WORD = /[\p{L}\p{N}]/u;
const STRAIGHT: Readonly<Record<string, string>> = { '’': "'", '‘': "'", '“': '"', '”': '"', '\u00a0': ' ' };

const isBoundary = (text: string, at: number): boolean =>
  at <= 0 || at >= text.length || !WORD.test(text[at] ?? '');

/** Every whole-word occurrence of `needle` in text[from, to). */
function occurrences(text: string, needle: string, from: number, to: number): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (
    let at = text.indexOf(needle, from);
    at >= 0 && at + needle.length <= to;
    at = text.indexOf(needle, at + 1)
  ) {
    if (isBoundary(text, at - 1) && isBoundary(text, at + needle.length)) found.push(at);
  }
  return found;
}

const DEMONYM_RUN = /\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?/gu;

function slotsOf(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  candidates: readonly Candidate[],
  ctx: ProposeContext,
): Slot[] {
  const taken: Slot[] = [];
  const free = (start: number, end: number): boolean => taken.every((s) => end <= s.start || start >= s.end);
  for (const m of mentions) {
    if (m.start < sentence.start || m.end > sentence.end) continue;
    const kind = ctx.kindOf(m.entityId);
    if (!kind || !free(m.start, m.end)) continue;
    taken.push({
      start: m.start,
      end: m.end,
      code: CODE[kind],
      ref: { type: 'entity', entityId: m.entityId, kind, name: m.surface },
    });
  }
  // Longer candidate names first, so "Pyongyang Central Station" wins over a shorter name inside it.
  for (const c of [...candidates].sort((a, b) => b.name.length - a.name.length)) {
    // A product (an aircraft type, a model) or an event name is no end the rules give a candidate.
    const kind = c.kindGuess;
    if (kind !== 'Person' && kind !== 'Organisation' && kind !== 'Place') continue;
    for (const at of occurrences(text, c.name, sentence.start, sentence.end)) {
      const end = at + c.name.length;
      if (!free(at, end)) continue;
      taken.push({
        start: at,
        end,
        code: CANDIDATE_CODE[kind],
        ref: { type: 'candidate', candidateKey: c.key, kind, name: c.name },
      });
    }
  }
  for (const match of sentence.text.matchAll(DEMONYM_RUN)) {
    // "North Korean" before "North": try the two-word run, then its first word.
    const words = match[0].split(' ');
    for (const length of [2, 1]) {
      const surface = words.slice(0, length).join(' ');
      if (words.length < length) continue;
      const country = demonymCountry(surface);
      const start = sentence.start + match.index;
      const end = start + surface.length;
      if (!country || !free(start, end) || !isBoundary(text, end)) continue;
      const entity = ctx.lookup(country);
      if (entity) taken.push({ start, end, code: 'J', ref: entity });
      break;
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

const DATE_PHRASE = new RegExp(
  `(?<![\\p{L}\\d])(?:on|in|since|from) (?:the )?(${DATE})(?![\\p{L}\\d])`,
  'gu',
);

export interface SentenceDate extends PartialDate {
  /** Where the date phrase stands in the article ("on 27 July 2025"). */
  readonly start: number;
  readonly end: number;
}

function sentenceDate(sentence: Sentence, publishedYear: number | null): SentenceDate | null {
  const found = [...sentence.text.matchAll(DATE_PHRASE)];
  const [only] = found;
  const date = only && found.length === 1 ? parsePartialDate(only[1] ?? '', publishedYear) : null;
  if (!only || !date) return null;
  const start = sentence.start + only.index;
  return { ...date, start, end: start + only[0].length };
}

export interface FrameSource {
  readonly text: string;
  readonly mentions: readonly Mention[];
  readonly candidates: readonly Candidate[];
  readonly publishedYear: number | null;
}

export function buildFrame(source: FrameSource, sentence: Sentence, ctx: ProposeContext): Frame {
  const slots = slotsOf(source.text, sentence, source.mentions, source.candidates, ctx);
  return frameOf(source.text, source.publishedYear, sentence, slots);
}

/** The same sentence with more slots (routes a rule recognised), which take the place of slots inside them. */
export function withSlots(frame: Frame, extra: readonly Slot[]): Frame {
  if (extra.length === 0) return frame;
  const kept = frame.slots.filter((s) => extra.every((e) => s.end <= e.start || s.start >= e.end));
  return frameOf(
    frame.text,
    frame.publishedYear,
    frame.sentence,
    [...kept, ...extra].sort((a, b) => a.start - b.start),
  );
}

function frameOf(
  text: string,
  publishedYear: number | null,
  sentence: Sentence,
  slots: readonly Slot[],
): Frame {
  let skeleton = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = sentence.start;
  const copy = (until: number): void => {
    for (; at < until; at += 1) {
      const ch = text[at] ?? '';
      skeleton += STRAIGHT[ch] ?? ch;
      from.push(at);
      to.push(at + 1);
    }
  };
  slots.forEach((slot, i) => {
    copy(slot.start);
    const placeholder = `⟨${slot.code}${String(i)}⟩`;
    for (let k = 0; k < placeholder.length; k += 1) {
      from.push(slot.start);
      to.push(slot.end);
    }
    skeleton += placeholder;
    at = slot.end;
  });
  copy(sentence.end);

  const span = (a: number, b: number): { start: number; end: number } => ({
    start: from[Math.max(0, Math.min(a, from.length - 1))] ?? sentence.start,
    end: to[Math.max(0, Math.min(b - 1, to.length - 1))] ?? sentence.end,
  });
  const evidenceOf = (start: number, end: number): ProposalEvidence => ({
    sentenceIndex: sentence.index,
    start,
    end,
    quote: text.slice(start, end),
  });
  return {
    text,
    sentence,
    slots,
    skeleton,
    publishedYear,
    date: sentenceDate(sentence, publishedYear),
    span,
    evidence: (a, b, also) => {
      const { start, end } = span(a, b);
      return also ? evidenceOf(Math.min(start, also.start), Math.max(end, also.end)) : evidenceOf(start, end);
    },
    sentenceEvidence: () => evidenceOf(sentence.start, sentence.end),
    indexOf: (offset) => {
      const k = from.findIndex((f) => f >= offset);
      return k < 0 ? skeleton.length : k;
    },
    slot: (placeholder) => {
      const m = placeholder === undefined ? null : PLACEHOLDER.exec(placeholder);
      return m ? slots[Number(m[2])] : undefined;
    },
  };
}
