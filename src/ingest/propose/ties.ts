/**
 * Ties between countries and organisations, and where places are:
 * - COOPERATES_WITH: "A's cooperation / partnership / ties with B", "cooperation between A and B",
 *   "A and B ... their cooperation / partnership";
 * - SUPPORTS: "A provides / supplies B with ...", "A supports / backs B";
 * - SANCTIONS: "A sanctions / imposed sanctions on B";
 * - LOCATED_IN: "X in Y" and "X, Y" between two places ("Kumsusan Palace in Pyongyang", "Pyongyang, North Korea"),
 *   not inside a list ("Ukraine, Georgia and Moldova").
 */
import { slotRelations, type SlotRule } from './build.js';
import type { Frame } from './frame.js';
import { APPOSITIVE, NAME_PREFIX, POSS, rule, slot, words } from './patterns.js';
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

const STATE_RULES: readonly SlotRule[] = [
  { pattern: TIE_WITH, type: 'COOPERATES_WITH', rule: 'ties.cooperation-with', confidence: 0.75 },
  { pattern: TIE_BETWEEN, type: 'COOPERATES_WITH', rule: 'ties.cooperation-between', confidence: 0.75 },
  { pattern: PAIR_TIE, type: 'COOPERATES_WITH', rule: 'ties.pair-cooperation', confidence: 0.7 },
  { pattern: SUPPLIES, type: 'SUPPORTS', rule: 'ties.supplies', confidence: 0.7 },
  { pattern: SUPPORTS, type: 'SUPPORTS', rule: 'ties.supports', confidence: 0.7 },
  { pattern: SANCTIONS, type: 'SANCTIONS', rule: 'ties.sanctions', confidence: 0.75 },
];
const RULES: readonly SlotRule[] = [
  { pattern: SENT_PROPOSAL, type: 'PROPOSED_TO', rule: 'proposal.sent-to', confidence: 0.7 },
  { pattern: BASED_IN, type: 'LOCATED_IN', rule: 'place.based-in', confidence: 0.75 },
  { pattern: IN_PLACE, type: 'LOCATED_IN', rule: 'place.in', confidence: 0.7 },
  { pattern: COMMA_PLACE, type: 'LOCATED_IN', rule: 'place.comma', confidence: 0.65 },
];

export function proposeTies(frame: Frame, ctx: ProposeContext): RelationProposal[] {
  // Between states a capital stands for its country ("Washington sanctions Russia").
  const state = (end: ProposalEnd | undefined): ProposalEnd | undefined => {
    const country = end?.type === 'entity' && end.kind === 'Place' ? capitalCountry(end.name) : undefined;
    return (country && ctx.lookup(country)) || end;
  };
  return [...slotRelations(frame, STATE_RULES, { end: state }), ...slotRelations(frame, RULES)];
}
