/**
 * Events and agreements the article describes by who took part and where ("Putin and Kim held a summit in …",
 * "X's visit to Y", "a marathon that took place in Z", "Russia and North Korea signed an arms deal"), as
 * described ends (see described.ts) with the relations the description states: PARTICIPATED_IN and
 * TOOK_PLACE_IN for events, PARTY_TO for agreements, and an agreement's status (signed, denied) as a fact.
 */
import { agreementEnd, eventEnd, isNamed, linkProposals } from './described.js';
import type { Frame } from './frame.js';
import { NAME_PREFIX, POSS, matches, rule, slot, words, type RuleMatch } from './patterns.js';
import type { DescribedEnd, FactProposal, Proposal } from './types.js';

/** A place followed by a possessive is a possessor ("Russia's far east"), not where something happened. */
const NOT_POSS = "(?!'s|')";
const GATHERING = '(?<sort>[Ss]ummit|[Mm]eeting|[Tt]alks|[Nn]egotiations|[Cc]onference|[Ff]orum)';
const PAIR_HELD = rule(
  `${NAME_PREFIX}${slot('POL', 'a')}(?: \\([^)]{1,12}\\))? and ${NAME_PREFIX}${slot('POL', 'b')}(?: \\([^)]{1,12}\\))? (?:also )?(?:held|hold|have held|had) (?:a |an |their )?${words(2)}${GATHERING}(?: (?:in|at) (?:the )?${slot('L', 'place')}${NOT_POSS})?`,
  /\b(?:held|hold|had)\b/u,
);
const BETWEEN = rule(
  `${GATHERING} between ${NAME_PREFIX}${slot('POL', 'a')} and ${NAME_PREFIX}${slot('POL', 'b')}(?: (?:in|at) (?:the )?${slot('L', 'place')}${NOT_POSS})?`,
  /between/u,
);
const DURING = rule(
  `${NAME_PREFIX}${slot('P', 'a')}(?: \\([^)]{1,12}\\))?(?: and ${NAME_PREFIX}${slot('P', 'b')}(?: \\([^)]{1,12}\\))?)? [^⟨.]{0,40}?(?:during|at) (?:a|an|the) ${words(1)}(?<sort>meeting|summit|ceremony|visit|talks) (?:at|in) (?:the )?${slot('L', 'place')}`,
  /\b(?:during|at) (?:a|an|the)\b/u,
);
const VISIT = rule(
  `${slot('P', 'a')}${POSS} ${words(2)}(?<sort>visit|trip|tour) (?:to (?:the )?${slot('L', 'place')}|for (?:talks|a meeting) with ${NAME_PREFIX}${slot('P', 'b')})`,
  /\b(?:visit|trip|tour)\b/u,
);
const TOOK_PLACE = rule(
  `(?:a|an|the) ${words(2)}(?<sort>\\p{Ll}+) (?:that |which )?(?:took place|was held|were held|is held|will be held|takes place) (?:in|at|on the streets of) (?:the )?${slot('L', 'place')}`,
  /took place|held|takes place/u,
);
const ORGANISED = rule(
  `${slot('POL', 'a')} (?:organi[sz]ed|hosted|staged) (?:a |an |the )?${words(2)}(?<sort>celebration|ceremony|summit|forum|conference|parade|festival|exhibition) (?:at|in) (?:the )?${slot('L', 'place')}`,
  /organi[sz]ed|hosted|staged/u,
);
const INCLUDED = rule(
  `(?:[Tt]he|[Aa]n?) (?<sort>ceremony|meeting|event|celebration|summit|talks) (?:at|in) (?:the )?${slot('L', 'place')} (?:included|was attended by|brought together) ${NAME_PREFIX}${slot('POL', 'a')}(?:(?: [\\p{Ll}-]+){0,2} and (?:representatives of |officials (?:of|from) |delegates (?:of|from) )?${NAME_PREFIX}${slot('POL', 'b')})?`,
  /included|attended|brought together/u,
);
const PARTICIPATED = rule(
  `${slot('JLOP', 'a')}(?: [\\p{Ll}-]+){0,2}(?: (?:who|which|that))?(?:, [^,.]{1,80},)? (?:also )?(?:participated|took part|fought) in the (?<sort>\\p{Ll}+) of (?:the )?${slot('L', 'place')}`,
  /participated|took part|fought/u,
);
const WAR = rule(
  `${slot('JL', 'a')}(?:${POSS}| in its| to (?:execute|wage|continue) its| and its)? (?:ongoing |full-scale |brutal )?(?<sort>war|invasion|offensive) (?:in|against|on|of) ${slot('L', 'place')}`,
  /\b(?:war|invasion|offensive)\b/u,
);
const AGREEMENT_NOUN =
  '(?<sort>(?:[\\p{Ll}-]+ ){0,3}?(?:agreement|deal|pact|treaty|memorandum|protocol|accord|contract))';
const SIGNED = rule(
  `${slot('LOP', 'a')}(?: and ${slot('LOP', 'b')})? (?:have |has |had )?(?:signed|concluded|inked|initialled) (?:a |an |the )?${AGREEMENT_NOUN}(?: with ${slot('LOP', 'c')})?(?<denied>[^⟨.]{0,40}?, which ${slot('LOP', 'd')} (?:has |had )?denied)?`,
  /signed|concluded|inked|initialled/u,
);
const SIGNED_BY = rule(
  `(?:a|an|the) ${AGREEMENT_NOUN} (?:signed|concluded) by (?:the )?${slot('LOP', 'a')}(?: and ${slot('LOP', 'b')})?`,
  / by /u,
);

interface Spec {
  readonly pattern: RegExp;
  readonly rule: string;
  readonly confidence: number;
  readonly agreement?: boolean;
}

const SPECS: readonly Spec[] = [
  { pattern: PAIR_HELD, rule: 'event.pair-held', confidence: 0.75 },
  { pattern: BETWEEN, rule: 'event.between', confidence: 0.75 },
  { pattern: DURING, rule: 'event.during', confidence: 0.65 },
  { pattern: VISIT, rule: 'event.visit', confidence: 0.75 },
  { pattern: TOOK_PLACE, rule: 'event.took-place', confidence: 0.7 },
  { pattern: ORGANISED, rule: 'event.organised', confidence: 0.7 },
  { pattern: INCLUDED, rule: 'event.included', confidence: 0.7 },
  { pattern: PARTICIPATED, rule: 'event.participated-in', confidence: 0.7 },
  { pattern: WAR, rule: 'event.war', confidence: 0.7 },
  { pattern: SIGNED, rule: 'agreement.signed', confidence: 0.75, agreement: true },
  { pattern: SIGNED_BY, rule: 'agreement.signed-by', confidence: 0.75, agreement: true },
];

function describe(frame: Frame, m: RuleMatch, spec: Spec): DescribedEnd | null {
  const end = (name: string) => {
    const ref = frame.slot(m.groups[name])?.ref;
    return isNamed(ref) ? ref : undefined;
  };
  const sort = (m.groups.sort ?? '').trim().toLowerCase();
  if (spec.agreement) return agreementEnd(sort, [end('a'), end('b'), end('c')]);
  return eventEnd(sort, [end('a'), end('b')], end('place'));
}

export function proposeHappenings(frame: Frame): Proposal[] {
  const found: Proposal[] = [];
  for (const spec of SPECS) {
    for (const m of matches(frame, spec.pattern)) {
      const described = describe(frame, m, spec);
      if (!described) continue;
      found.push(...linkProposals(frame, m, described, spec.rule, spec.confidence));
      if (spec.agreement) found.push(...statusFacts(frame, m, described));
    }
  }
  return found;
}

function statusFacts(frame: Frame, m: RuleMatch, agreement: DescribedEnd): FactProposal[] {
  const evidence = frame.evidence(m.index, m.index + m.length);
  const fact = (value: string, valueText: string): FactProposal => ({
    kind: 'fact',
    subject: agreement,
    property: 'status',
    value,
    valueText,
    precision: null,
    rule: `agreement.status-${value}`,
    confidence: 0.7,
    evidence,
  });
  return [
    fact('signed', 'signed'),
    ...(m.groups.denied ? [fact('denied', m.groups.denied.replace(/^[^,]*, /u, ''))] : []),
  ];
}
