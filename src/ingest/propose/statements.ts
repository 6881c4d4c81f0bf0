/**
 * Statements: who said what. Direct speech is a quotation with its speaker named around it; reported speech
 * is a clause after (or before) a reporting verb.
 * - after the quotation: `“…,” X said / told Y / stated …`, `“…,” said X`;
 * - before it: `X said: “…”`, `X …, stating, “…”`, `X stated that Y “…”`, `X and Y, who confirmed their “…”`;
 * - an unattributed quotation right after an attributed one continues the same speaker's words;
 * - reported: `X said (on DATE) (that) CLAUSE`, `CLAUSE, X said / announced / reported (on DATE).`,
 *   `According to X, CLAUSE`, `X stated that “…”, and that CLAUSE`;
 * - `he`/`she`/`they` as the speaker is the previous statement's speaker, two sentences back at most.
 * Speakers are people or organisations the article names (linked or candidates); quotations nobody is
 * named for ("hermit kingdom") are not statements.
 */
import type { Frame, Slot } from './frame.js';
import { DATE } from './dates.js';
import { APPOSITIVE, NAME_PREFIX, rule, slot, words } from './patterns.js';
import { findQuotations, type Quotation } from './quotations.js';
import type { NamedEnd, StatementProposal } from './types.js';

const SAY =
  '(?:said|says|say|stated|states|state|told|tells|added|adds|noted|notes|explained|stressed|emphasi[sz]ed|warned|insisted|declared|remarked|wrote|writes|announced|announces|confirmed|confirms|argued|claimed|reported|reports|replied|recalled|acknowledged|admitted)';
const SAY_ING =
  '(?:saying|stating|noting|adding|telling [^,"]{1,40}|explaining|stressing|emphasi[sz]ing|declaring|writing|arguing|insisting|warning)';
const PRONOUN = '(?<pronoun>[Hh]e|[Ss]he|[Tt]hey)';
const WHEN = `(?: (?:on|in) ${DATE}| (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)| (?:earlier|later|last|this) (?:week|month|year)| on [A-Z][a-z]{2}\\. \\d{1,2})?`;
const SPEAKER = `(?:${NAME_PREFIX}${words(3)}${slot('PO', 's')}${APPOSITIVE}|${PRONOUN})`;

/** After a closing mark: `,” X said`, `,” said X, head of …`. */
const AFTER = rule(`^[,.!?]?" ?${SPEAKER} ${SAY}`);
const AFTER_INVERTED = rule(`^[,.!?]?" ?${SAY} ${NAME_PREFIX}${slot('PO', 's')}(?![\\p{L}⟨])`);
/** Before an opening mark: the sentence's subject and a reporting verb with nothing said in between. */
const BEFORE = rule(
  `^(?:[^⟨,"]{1,40}, )?${SPEAKER}[^"]{0,100}?(?<![\\p{L}])(?:${SAY}|${SAY_ING})(?: that)?[,:]? (?:[^"]{0,60} )?$`,
);
const WHO_SAID = rule(
  `(?<list>(?:⟨[PO]\\d+⟩(?:, | and ))*⟨[PO]\\d+⟩), who (?:confirmed|said|stated|told|expressed|voiced|announced|promised|called|described)(?: [^"]{0,40})? $`,
);
const REPORTED = rule(
  `^(?:[^⟨,"]{1,40}, )?(?:${NAME_PREFIX}${words(4)}${slot('PO', 's')}${APPOSITIVE},? ${words(2)}|${PRONOUN} )(?:also )?${SAY}(?: [^\\s,"]+){0,2}?${WHEN}(?: that)? (?<clause>[^"]{12,})$`,
);
const TRAILING = rule(
  `^(?<clause>[^"]{20,}?), ${NAME_PREFIX}${words(3)}${slot('PO', 's')}${APPOSITIVE} (?:${SAY})${WHEN}[^,"]{0,40}\\.?$`,
);
const ACCORDING_TO = rule(
  `^(?:[^⟨,"]{1,30} )?[Aa]ccording to ${NAME_PREFIX}${words(3)}${slot('PO', 's')}, (?<clause>[^"]{12,})$`,
);
const AND_THAT = /,"? and that (?<clause>[^"]{12,})$/u;
/** A reported clause stops before a trailing attribution or the sentence's final mark. */
const CLAUSE_END = /[.!?]+$/u;

interface Speaker {
  readonly end: NamedEnd;
  readonly sentenceIndex: number;
}

function named(slotOf: Slot | undefined): NamedEnd | null {
  const ref = slotOf?.ref;
  return ref && (ref.type === 'entity' || ref.type === 'candidate') ? ref : null;
}

export function proposeStatements(text: string, frames: readonly Frame[]): StatementProposal[] {
  const found: StatementProposal[] = [];
  let last: Speaker | null = null;
  const frameAt = (offset: number): Frame | undefined =>
    frames.find((f) => offset >= f.sentence.start && offset < f.sentence.end);
  const speakerOf = (frame: Frame, groups: Record<string, string | undefined>): NamedEnd | null => {
    if (groups.pronoun !== undefined) {
      return last && frame.sentence.index - last.sentenceIndex <= 2 ? last.end : null;
    }
    return named(frame.slot(groups.s));
  };
  const about = (start: number, end: number): string[] => {
    const ids = new Set<string>();
    for (const f of frames) {
      for (const s of f.slots)
        if (s.start >= start && s.end <= end && s.ref.type === 'entity') ids.add(s.ref.entityId);
    }
    return [...ids];
  };
  const push = (
    frame: Frame,
    speaker: NamedEnd,
    start: number,
    end: number,
    mode: 'direct' | 'indirect',
    ruleName: string,
    confidence: number,
    evidenceStart = frame.sentence.start,
    evidenceEnd = frame.sentence.end,
  ): void => {
    found.push({
      kind: 'statement',
      speaker,
      quote: text.slice(start, end),
      quoteStart: start,
      quoteEnd: end,
      mode,
      about: about(start, end),
      rule: ruleName,
      confidence,
      evidence: {
        sentenceIndex: frame.sentence.index,
        start: evidenceStart,
        end: evidenceEnd,
        quote: text.slice(evidenceStart, evidenceEnd),
      },
    });
    last = { end: speaker, sentenceIndex: frameAt(evidenceEnd - 1)?.sentence.index ?? frame.sentence.index };
  };

  const quotations = findQuotations(text);
  const quoted = (frame: Frame): Quotation[] =>
    quotations.filter((q) => q.open >= frame.sentence.start && q.open < frame.sentence.end);
  let previousDirect: { quotation: Quotation; speaker: NamedEnd } | null = null;
  /** Who said a quotation, by the rule that finds it: after it, "X and Y, who said", before it, or continuing. */
  const attribute = (
    frame: Frame,
    q: Quotation,
  ): { speakers: NamedEnd[]; rule: string; confidence: number; evidenceEnd: number } | null => {
    const closing = frameAt(q.close) ?? frame;
    const after = closing.skeleton.slice(closing.indexOf(q.close));
    const before = frame.skeleton.slice(0, frame.indexOf(q.open));
    const found = (speakers: (NamedEnd | null)[], rule: string, confidence: number) => ({
      speakers: speakers.filter((e): e is NamedEnd => e !== null),
      rule,
      confidence,
      evidenceEnd: closing.sentence.end,
    });
    const a = once(AFTER, after) ?? once(AFTER_INVERTED, after);
    if (a?.groups && q.words >= 3)
      return found([speakerOf(closing, a.groups)], 'statement.quote-then-speaker', 0.9);
    const w = once(WHO_SAID, before);
    if (w?.groups?.list) {
      const listed = w.groups.list.match(/⟨[PO]\d+⟩/gu) ?? [];
      return found(
        listed.map((placeholder) => named(frame.slot(placeholder))),
        'statement.who-said',
        0.75,
      );
    }
    const b = once(BEFORE, before);
    if (b?.groups && q.words >= 2)
      return found([speakerOf(frame, b.groups)], 'statement.speaker-then-quote', 0.85);
    // “…,” X said. “More words.” — the next quotation goes on with the same speaker.
    const continues =
      previousDirect !== null &&
      q.words >= 3 &&
      text.slice(previousDirect.quotation.close, q.open).trim().length < 200 &&
      before.trim() === '';
    return continues && previousDirect
      ? found([previousDirect.speaker], 'statement.continued-quotation', 0.75)
      : null;
  };
  for (const frame of frames) {
    for (const q of quoted(frame)) {
      const who = attribute(frame, q);
      for (const speaker of who?.speakers ?? []) {
        push(
          frame,
          speaker,
          q.start,
          q.end,
          'direct',
          who?.rule ?? '',
          who?.confidence ?? 0,
          frame.sentence.start,
          who?.evidenceEnd,
        );
      }
      const [speaker] = who?.speakers ?? [];
      previousDirect = speaker && who?.rule !== 'statement.who-said' ? { quotation: q, speaker } : null;
    }
    proposeReported(frame, quoted(frame).length > 0, (speakerGroups, clause, ruleName, confidence) => {
      const speaker = speakerOf(frame, speakerGroups);
      if (speaker) push(frame, speaker, clause[0], clause[1], 'indirect', ruleName, confidence);
    });
  }
  return found;
}

/** The first match of a rule (compiled once: `rule` expressions are global, so `exec` would keep state). */
const single = new Map<RegExp, RegExp>();
function once(re: RegExp, subject: string): RegExpExecArray | null {
  let compiled = single.get(re);
  if (!compiled) {
    compiled = new RegExp(re.source, 'du');
    single.set(re, compiled);
  }
  return compiled.exec(subject);
}

type Emit = (
  groups: Record<string, string | undefined>,
  clause: readonly [number, number],
  rule: string,
  confidence: number,
) => void;

/** Reported speech in one sentence; with a quotation in it only `…, and that CLAUSE` is read. */
function proposeReported(frame: Frame, hasQuotation: boolean, emit: Emit): void {
  const clauseSpan = (m: RegExpExecArray, group = 'clause'): readonly [number, number] | null => {
    const range = m.indices?.groups?.[group];
    if (!range) return null;
    const trimmed = (m.groups?.[group] ?? '').replace(CLAUSE_END, '');
    const { start } = frame.span(range[0], range[1]);
    const end = frame.span(range[0], range[0] + trimmed.length).end;
    return trimmed.length > 0 ? [start, end] : null;
  };
  const exec = once;
  if (hasQuotation) {
    const m = exec(AND_THAT, frame.skeleton);
    const speakerMatch = exec(BEFORE, frame.skeleton.slice(0, frame.skeleton.indexOf('"')));
    const clause = m ? clauseSpan(m) : null;
    if (clause && speakerMatch?.groups) emit(speakerMatch.groups, clause, 'statement.and-that', 0.7);
    return;
  }
  for (const [re, ruleName, confidence] of [
    [REPORTED, 'statement.reported-speech', 0.8],
    [ACCORDING_TO, 'statement.according-to', 0.8],
    [TRAILING, 'statement.clause-then-speaker', 0.8],
  ] as const) {
    const m = exec(re, frame.skeleton);
    const clause = m ? clauseSpan(m) : null;
    if (m?.groups && clause) {
      emit(m.groups, clause, ruleName, confidence);
      return;
    }
  }
}
