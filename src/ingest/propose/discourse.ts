/**
 * What a sentence refers back to. News names someone once and then writes "he", "she", "the company", "the
 * carrier": such references become slots standing for what they refer to, so the rules read them as names.
 * - "he" / "she" opening a clause is the last person who was the subject of a sentence, two sentences back at
 *   most;
 * - "the company", "the airline", "the agency", "the ministry"... is the last organisation named, preferring one
 *   whose name contains that noun ("the agency" → "Federal Air Transport Agency"), three sentences back at most.
 */
import { withSlots, type Frame, type Slot } from './frame.js';
import { sentenceSubject } from './patterns.js';
import type { NamedEnd } from './types.js';

interface Seen {
  readonly end: NamedEnd;
  readonly sentenceIndex: number;
}

export interface Discourse {
  /** The frame with its back references as slots. */
  resolve(frame: Frame): Frame;
}

const PRONOUN =
  /(?:^|[,;:] (?:where |when |and |but |as )?|\b(?:where|when|and|but) )(?<word>[Hh]e|[Ss]he)(?= [\p{Ll}])/gu;
const ORG_NOUNS = [
  'company',
  'airline',
  'carrier',
  'agency',
  'ministry',
  'committee',
  'council',
  'railway',
  'operator',
  'firm',
  'group',
  'bank',
  'regulator',
  'newspaper',
  'daily',
  'broadcaster',
  'institute',
  'organisation',
  'organization',
  'government',
];
const DEFINITE_ORG = new RegExp(
  `(?<![\\p{L}])(?:[Tt]he|[Tt]his|[Ii]ts) (?:[\\p{Ll}-]+ ){0,2}?(?<noun>${ORG_NOUNS.join('|')})(?![\\p{L}-])`,
  'gu',
);

const named = (end: Slot['ref']): end is NamedEnd => end.type === 'entity' || end.type === 'candidate';

export function createDiscourse(): Discourse {
  let person: Seen | null = null;
  const orgs: Seen[] = [];
  return {
    resolve(frame) {
      const index = frame.sentence.index;
      const extra: Slot[] = [];
      const free = (start: number, end: number): boolean =>
        [...frame.slots, ...extra].every((s) => end <= s.start || start >= s.end);
      if (person && index - person.sentenceIndex <= 2) {
        for (const m of frame.sentence.text.matchAll(PRONOUN)) {
          const word = m.groups?.word ?? '';
          const start = frame.sentence.start + m.index + m[0].length - word.length;
          if (free(start, start + word.length)) {
            extra.push({ start, end: start + word.length, code: 'P', ref: person.end, anaphoric: true });
          }
        }
      }
      for (const m of frame.sentence.text.matchAll(DEFINITE_ORG)) {
        const noun = m.groups?.noun ?? '';
        const recent = orgs.filter((o) => index - o.sentenceIndex <= 3);
        const byName = recent.filter((o) => o.end.name.toLowerCase().includes(noun));
        const target = (byName.length > 0 ? byName : recent).at(-1);
        const start = frame.sentence.start + m.index;
        if (target && free(start, start + m[0].length)) {
          extra.push({ start, end: start + m[0].length, code: 'O', ref: target.end, anaphoric: true });
        }
      }
      const resolved = withSlots(frame, extra);
      const subject = sentenceSubject(resolved);
      if (subject?.code === 'P' && named(subject.ref)) person = { end: subject.ref, sentenceIndex: index };
      for (const s of resolved.slots) {
        if (s.code === 'O' && !s.anaphoric && named(s.ref)) orgs.push({ end: s.ref, sentenceIndex: index });
      }
      return resolved;
    },
  };
}
