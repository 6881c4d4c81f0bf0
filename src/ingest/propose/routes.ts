/**
 * Operations and routes. A route is named by its ends ("flights between A and B", "the A-B flight", "a rail
 * car from A to B") or, once named, referred back to ("the route", "these flights"). Each becomes a route slot
 * (see frame.ts), so the other rules read "⟨O1⟩ plans to operate ⟨R2⟩" or "aboard ⟨R2⟩", and proposes:
 * - ORIGIN and DESTINATION when the wording gives a direction ("from A to B", "A-B");
 * - OPERATES: "C flights between ...", "... operated by C", "C operates / launched / plans to operate ...";
 * - TRAVELLED_ON: the sentence's subject "aboard / on / via" the route;
 * - ANNOUNCED and PROPOSED: "X announced / proposed ... the route";
 * - facts on the route: frequency ("twice a week", "two scheduled flights a week"), resumed and suspended dates.
 */
import { relationFrom, endKey } from './build.js';
import { isNamed, linkProposals, routeEnd } from './described.js';
import { isCountryName } from './lexicon.js';
import { DATE, parsePartialDate } from './dates.js';
import { withSlots, type Frame, type Slot } from './frame.js';
import {
  ADVERB,
  APPOSITIVE,
  POSS,
  matches,
  rule,
  sentenceSubject,
  slot,
  words,
  type RuleMatch,
} from './patterns.js';
import type { DescribedEnd, FactProposal, Proposal } from './types.js';

const AIR =
  '[Ff]lights?|[Ff]lighting|[Aa]ir (?:service|link|route|travel|connection)s?|[Pp]lanes?|[Aa]irliners?';
const RAIL =
  '(?:[Pp]assenger |[Ff]reight )?(?:[Rr]ail (?:cars?|services?|links?|connections?)|[Tt]rains?|[Rr]ailway (?:services?|links?))';
const POST = '[Pp]arcels?|[Mm]ail|[Pp]ostal (?:services?|deliver(?:y|ies))|[Pp]arcel deliver(?:y|ies)';
/** Words that name a route without saying how it runs; the sentence's other words must say it. */
const GENERIC = '(?:[\\p{Ll}-]+ )?(?:service|route|link|connection)s?';
const NOUN = `(?<noun>${AIR}|${RAIL}|${POST}|${GENERIC})`;
const MODE_WORDS: readonly [RegExp, 'air' | 'rail' | 'post'][] = [
  [/\b(?:flights?|air|planes?|aircraft|airlines?|carrier|airport)\b/iu, 'air'],
  [/\b(?:trains?|rail|railways?|station)\b/iu, 'rail'],
  [/\b(?:parcels?|mail|postal)\b/iu, 'post'],
];
const FROM_TO = rule(`${NOUN} [^.⟨]{0,60}?from ${slot('L', 'a')} to ${slot('L', 'b')}`, /from ⟨L/u);
/** "from A to B and then flown to C": A to C, stopping at B. */
const VIA = rule(
  `${NOUN} [^.⟨]{0,60}?from ${slot('L', 'a')} to ${slot('L', 'stop')},? (?:and )?(?:then |later )?(?:flown|taken|carried|shipped|sent|transported|delivered|forwarded|moved|driven|travels?|continues?|goes) (?:on )?to ${slot('L', 'b')}`,
  /from ⟨L/u,
);
const HYPHEN = rule(`${slot('L', 'a')}[-–—/]${slot('L', 'b')} ${words(2)}${NOUN}`, /⟨L\d+⟩[-–—/]⟨L/u);
const TO_NOUN = rule(`${slot('L', 'a')} to ${slot('L', 'b')} ${NOUN}`, /⟨L\d+⟩ to ⟨L/u);
const BETWEEN = rule(`${NOUN} ${words(3)}between ${slot('L', 'a')} and ${slot('L', 'b')}`, /between ⟨L/u);
const BACK_REFERENCE = rule(
  `(?<![\\p{L}-])(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Ii]ts) ${words(2)}(?:route|flights|flight|service|services|air link|link|connection|trains|train|rotation)(?![\\p{L}-]| between| from)`,
  /route|flight|service|link|connection|train|rotation/u,
);

const MODE_OF: readonly [RegExp, 'air' | 'rail' | 'post'][] = [
  [new RegExp(`^(?:${AIR})$`, 'u'), 'air'],
  [new RegExp(`^(?:${RAIL})$`, 'u'), 'rail'],
  [new RegExp(`^(?:${POST})$`, 'u'), 'post'],
];

function routeOf(frame: Frame, m: RuleMatch, unordered: boolean): DescribedEnd | null {
  const origin = frame.slot(m.groups.a)?.ref;
  const stop = frame.slot(m.groups.stop)?.ref;
  const destination = frame.slot(m.groups.b)?.ref;
  const noun = m.groups.noun ?? '';
  const mode =
    MODE_OF.find(([re]) => re.test(noun))?.[1] ??
    MODE_WORDS.find(([re]) => re.test(frame.sentence.text))?.[1];
  if (!mode || !isNamed(origin) || !isNamed(destination)) return null;
  // Countries are markets, not the ends of a route ("flights from Russia to North Korea").
  if (isCountryName(origin.name) || isCountryName(destination.name)) return null;
  return routeEnd(mode, origin, destination, isNamed(stop) ? [stop] : [], unordered);
}

export interface RouteScan {
  /** The sentence with its routes as slots. */
  readonly frame: Frame;
  readonly proposals: Proposal[];
  /** The last route named, for "the route" in the sentences after. */
  readonly lastRoute: DescribedEnd | null;
}

/** Finds the routes a sentence names (or refers back to) and what it says about them. */
export function scanRoutes(base: Frame, previous: DescribedEnd | null): RouteScan {
  const proposals: Proposal[] = [];
  const routeSlots: Slot[] = [];
  let lastRoute = previous;
  const place = (m: RuleMatch, ruleName: string, unordered: boolean): void => {
    const route = routeOf(base, m, unordered);
    if (!route) return;
    const { start, end } = base.span(m.index, m.index + m.length);
    if (routeSlots.some((s) => start < s.end && end > s.start)) return;
    routeSlots.push({ start, end, code: 'R', ref: route });
    lastRoute = route;
    proposals.push(...linkProposals(base, m, route, ruleName, 0.8));
  };
  for (const m of matches(base, VIA)) place(m, 'route.from-via-to', false);
  for (const m of matches(base, FROM_TO)) place(m, 'route.from-to', false);
  for (const m of matches(base, HYPHEN)) place(m, 'route.a-b', false);
  for (const m of matches(base, TO_NOUN)) place(m, 'route.a-to-b', false);
  for (const m of matches(base, BETWEEN)) place(m, 'route.between', true);
  if (routeSlots.length === 0 && previous) {
    for (const m of matches(base, BACK_REFERENCE)) {
      const { start, end } = base.span(m.index, m.index + m.length);
      routeSlots.push({ start, end, code: 'R', ref: previous, anaphoric: true });
    }
  }
  const frame = withSlots(base, routeSlots);
  proposals.push(...routeRelations(frame), ...routeFacts(frame));
  return { frame, proposals, lastRoute };
}

const ADJECTIVES =
  '(?:(?:new|direct|regular|scheduled|weekly|daily|first|inaugural|non-stop|passenger|cargo|charter) )*';
const OPERATOR_BEFORE = rule(`${slot('O', 'org')}${POSS}? ${ADJECTIVES}${slot('R', 'r')}`, /⟨R/u);
const OPERATED_BY = rule(
  `${slot('R', 'r')},? ${words(4)}(?:operated|run|flown|served) by (?:the )?${words(3)}${slot('O', 'org')}`,
  / by /u,
);
const OPERATES = rule(
  `${slot('O', 'org')}${APPOSITIVE}${ADVERB} (?:(?:will|would|plans to|is to|is set to|has|had|have) )?(?:operates?|operated|operating|flies|fly|flew|runs?|ran|launch(?:es|ed)?|resume[sd]?|began|begin|start(?:s|ed)?|serves?|served|suspend(?:s|ed)?|increase[sd]?|add(?:s|ed)?|cancel(?:s|led|ed)?|halt(?:s|ed)?|restart(?:s|ed)?) (?:the |a |an |its |their )?${ADJECTIVES}${slot('R', 'r')}`,
  /⟨R/u,
);
const ABOARD = rule(
  `(?:aboard|on board|onboard|on|via|by) (?:the |a |an )?${ADJECTIVES}${slot('R', 'r')}`,
  /⟨R/u,
);
const ANNOUNCED = rule(
  `${slot('PO', 's')}${APPOSITIVE}${ADVERB} (?<verb>announced|announces|proposed|proposes|has proposed|had proposed) (?:that |the |plans for |the launch of |the resumption of )?${words(5)}${slot('R', 'r')}`,
  /announc|propos/u,
);

function routeRelations(frame: Frame): Proposal[] {
  const found: (Proposal | null)[] = [];
  const confidence = (m: RuleMatch, base: number): number =>
    frame.slot(m.groups.r)?.anaphoric ? Math.round(base * 80) / 100 : base;
  for (const pattern of [OPERATOR_BEFORE, OPERATED_BY, OPERATES]) {
    for (const m of matches(frame, pattern)) {
      found.push(
        relationFrom(frame, m, {
          type: 'OPERATES',
          subject: frame.slot(m.groups.org)?.ref,
          object: frame.slot(m.groups.r)?.ref,
          rule: pattern === OPERATED_BY ? 'route.operated-by' : 'route.operator',
          confidence: confidence(m, 0.8),
        }),
      );
    }
  }
  const subject = sentenceSubject(frame);
  for (const m of matches(frame, ABOARD)) {
    found.push(
      relationFrom(frame, m, {
        type: 'TRAVELLED_ON',
        subject: subject?.code === 'P' ? subject.ref : undefined,
        object: frame.slot(m.groups.r)?.ref,
        rule: 'route.travelled-aboard',
        confidence: confidence(m, 0.75),
        widenTo: subject,
      }),
    );
  }
  for (const m of matches(frame, ANNOUNCED)) {
    found.push(
      relationFrom(frame, m, {
        type: m.groups.verb?.includes('propos') ? 'PROPOSED' : 'ANNOUNCED',
        subject: frame.slot(m.groups.s)?.ref,
        object: frame.slot(m.groups.r)?.ref,
        rule: 'route.announced-or-proposed',
        confidence: confidence(m, 0.7),
      }),
    );
  }
  return found.filter((p) => p !== null);
}

const COUNT: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  once: 1,
  twice: 2,
  thrice: 3,
};
const FREQUENCY = rule(
  `(?<![\\p{L}-])(?:(?<times>once|twice|thrice|(?:\\d+|three|four|five|six|seven) times)|(?<count>\\d+|one|two|three|four|five|six|seven) ${words(2)}(?:flights?|trips?|services?|trains?|departures?|rotations?)) (?:a|per|each|every) (?<unit>day|week|month|year)(?![\\p{L}-])`,
);
const ADVERBIAL_FREQUENCY = rule(
  `(?<![\\p{L}-])(?<adverb>daily|weekly|monthly) (?:flights?|services?|trains?)`,
);
const RESUMED = rule(
  `${slot('R', 'r')} ${words(3)}(?:(?:were|was|have been|had been) )?(?<verb>resumed|restarted|suspended|halted) (?:in|on|from) (?<date>${DATE})`,
  /resum|restart|suspend|halt/u,
);

function normalFrequency(groups: Readonly<Record<string, string | undefined>>): string | null {
  const unit = groups.unit;
  if (groups.adverb)
    return { daily: 'once a day', weekly: 'once a week', monthly: 'once a month' }[groups.adverb] ?? null;
  const word = (groups.times ?? groups.count ?? '').split(' ')[0] ?? '';
  const n = COUNT[word] ?? Number(word);
  if (!unit || !Number.isInteger(n) || n < 1) return null;
  return `${n === 1 ? 'once' : n === 2 ? 'twice' : `${String(n)} times`} a ${unit}`;
}

function routeFacts(frame: Frame): FactProposal[] {
  const routes = frame.slots.filter((s) => s.code === 'R');
  const [route] = routes;
  if (!route || routes.some((r) => endKey(r.ref) !== endKey(route.ref))) return [];
  const found: FactProposal[] = [];
  // On the sentence's words: a route slot may have taken "flights a week from A to B" in.
  const text = frame.sentence.text;
  for (const m of [...text.matchAll(FREQUENCY), ...text.matchAll(ADVERBIAL_FREQUENCY)]) {
    const value = normalFrequency(m.groups ?? {});
    if (value) {
      found.push({
        kind: 'fact',
        subject: route.ref,
        property: 'frequency',
        value,
        valueText: m[0],
        precision: null,
        rule: 'route.frequency',
        confidence: route.anaphoric ? 0.65 : 0.8,
        evidence: frame.sentenceEvidence(),
      });
    }
  }
  for (const m of matches(frame, RESUMED)) {
    const date = parsePartialDate(m.groups.date ?? '', frame.publishedYear);
    if (!date) continue;
    const property = /resumed|restarted/.test(m.groups.verb ?? '') ? 'resumedDate' : 'suspendedDate';
    const evidence = frame.evidence(m.index, m.index + m.length);
    found.push({
      kind: 'fact',
      subject: route.ref,
      property,
      value: date.value,
      valueText: m.groups.date ?? date.value,
      precision: date.precision,
      rule: `route.${property}`,
      confidence: 0.75,
      evidence,
    });
  }
  return found;
}
