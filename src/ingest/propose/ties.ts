/**
 * Ties between countries and organisations, and where places are:
 * - COOPERATES_WITH: "A's cooperation / partnership / ties with B", "cooperation between A and B",
 *   "A and B ... their cooperation / partnership";
 * - SUPPORTS: "A provides / supplies B with ...", "A supports / backs B";
 * - SANCTIONS: "A sanctions / imposed sanctions on B";
 * - LOCATED_IN: "X in Y" and "X, Y" between two places ("Kumsusan Palace in Pyongyang", "Pyongyang, North Korea"),
 *   not inside a list ("Ukraine, Georgia and Moldova").
 */
import type { RelationType } from '../../graph/relation-types.js';
import { relationFrom } from './build.js';
import type { Frame } from './frame.js';
import { APPOSITIVE, NAME_PREFIX, POSS, matches, rule, slot, words } from './patterns.js';
import type { ProposeContext } from './frame.js';
import { capitalCountry } from './lexicon.js';
import type { ProposalEnd, RelationProposal } from './types.js';

const TIE =
  '(?:[Cc]ooperation|[Cc]o-operation|[Pp]artnership|[Tt]ies|[Rr]elations|[Cc]onnections|[Aa]lliance|[Cc]ollaboration)';
const TIE_WITH = rule(`${slot('LOJ', 's')}${POSS}? ${words(2)}${TIE} with ${slot('LO', 'o')}`, / with /u);
const TIE_BETWEEN = rule(`${TIE} between ${slot('LO', 's')} and ${slot('LO', 'o')}`, /between/u);
const PAIR_TIE = rule(
  `${slot('LO', 's')} and ${slot('LO', 'o')} (?:(?:are|were|have|had|will|have been) )?${words(4)}(?:their |a |an )?${words(1)}(?:cooperation|partnership|alliance|collaboration)`,
  /cooperation|partnership|alliance|collaboration/u,
);
const SUPPLIES = rule(
  `${slot('LOP', 's')} (?:provides|provided|supplies|supplied|is supplying|has supplied) ${slot('LOP', 'o')} with`,
  / with/u,
);
const SUPPORTS = rule(
  `${slot('LOP', 's')} (?:supports|supported|backs|backed|has backed|has supported) ${slot('LOP', 'o')}`,
  /support|back/u,
);
const SANCTIONS = rule(
  `${slot('LOJ', 's')} (?:sanctions|sanctioned|has sanctioned|imposed sanctions on|imposes sanctions on|has imposed sanctions on) ${slot('LOP', 'o')}`,
  /sanction/u,
);
/** "X sent the proposal to Y and Z", "X offered Y ...". */
const SENT_PROPOSAL = rule(
  `${slot('POL', 's')}${APPOSITIVE}(?: reportedly| also)? (?:sent|made|submitted|addressed|put|extended) (?:a|the|its|an) ${words(1)}(?:proposal|offer|invitation|request) to ${NAME_PREFIX}${words(4)}${slot('POL', 'o')}(?:,? and ${slot('POL', 'o2')})?`,
  /proposal|offer|invitation|request/u,
);
/** "X, a company based in Y", "X is an airline headquartered in Y". */
const BASED_IN = rule(
  `${slot('O', 's')}(?:,| is| was) (?:a|an|the) ${words(3)}(?:based|headquartered|registered) in ${slot('L', 'o')}`,
  /based|headquartered|registered/u,
);
const IN_PLACE = rule(`${slot('L', 's')},? in ${slot('L', 'o')}`, / in ⟨L/u);
const COMMA_PLACE = rule(
  `(?<!, |and |or )${slot('L', 's')}, ${slot('L', 'o')}(?!,| and| or|${POSS}|-)`,
  /⟨L\d+⟩, ⟨L/u,
);

export function proposeTies(frame: Frame, ctx: ProposeContext): RelationProposal[] {
  const found: (RelationProposal | null)[] = [];
  // Between states a capital stands for its country ("Washington sanctions Russia").
  const state = (end: ProposalEnd | undefined): ProposalEnd | undefined => {
    const country = end?.type === 'entity' && end.kind === 'Place' ? capitalCountry(end.name) : undefined;
    return (country && ctx.lookup(country)) || end;
  };
  const add = (pattern: RegExp, type: RelationType, ruleName: string, confidence: number): void => {
    const ends = type === 'LOCATED_IN' || type === 'PROPOSED_TO' ? (e: ProposalEnd | undefined) => e : state;
    for (const m of matches(frame, pattern)) {
      const objects = [m.groups.o, m.groups.o2].filter((o) => o !== undefined);
      for (const o of objects) {
        found.push(
          relationFrom(frame, m, {
            type,
            subject: ends(frame.slot(m.groups.s)?.ref),
            object: ends(frame.slot(o)?.ref),
            rule: ruleName,
            confidence,
          }),
        );
      }
    }
  };
  add(TIE_WITH, 'COOPERATES_WITH', 'ties.cooperation-with', 0.75);
  add(TIE_BETWEEN, 'COOPERATES_WITH', 'ties.cooperation-between', 0.75);
  add(PAIR_TIE, 'COOPERATES_WITH', 'ties.pair-cooperation', 0.7);
  add(SUPPLIES, 'SUPPORTS', 'ties.supplies', 0.7);
  add(SUPPORTS, 'SUPPORTS', 'ties.supports', 0.7);
  add(SANCTIONS, 'SANCTIONS', 'ties.sanctions', 0.75);
  add(SENT_PROPOSAL, 'PROPOSED_TO', 'proposal.sent-to', 0.7);
  add(BASED_IN, 'LOCATED_IN', 'place.based-in', 0.75);
  add(IN_PLACE, 'LOCATED_IN', 'place.in', 0.7);
  add(COMMA_PLACE, 'LOCATED_IN', 'place.comma', 0.65);
  return found.filter((p): p is RelationProposal => p !== null);
}
