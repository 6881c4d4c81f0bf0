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
import { POSS, matches, rule, slot, words } from './patterns.js';
import type { RelationProposal } from './types.js';

const TIE = '(?:cooperation|co-operation|partnership|ties|relations|connections|alliance|collaboration)';
const TIE_WITH = rule(`${slot('LOJ', 's')}${POSS}? ${words(2)}${TIE} with ${slot('LO', 'o')}`);
const TIE_BETWEEN = rule(`${TIE} between ${slot('LO', 's')} and ${slot('LO', 'o')}`);
const PAIR_TIE = rule(
  `${slot('LO', 's')} and ${slot('LO', 'o')} (?:(?:are|were|have|had|will|have been) )?${words(4)}(?:their |a |an )?${words(1)}(?:cooperation|partnership|alliance|collaboration)`,
);
const SUPPLIES = rule(
  `${slot('LOP', 's')} (?:provides|provided|supplies|supplied|is supplying|has supplied) ${slot('LOP', 'o')} with`,
);
const SUPPORTS = rule(
  `${slot('LOP', 's')} (?:supports|supported|backs|backed|has backed|has supported) ${slot('LOP', 'o')}`,
);
const SANCTIONS = rule(
  `${slot('LOJ', 's')} (?:sanctions|sanctioned|has sanctioned|imposed sanctions on|imposes sanctions on|has imposed sanctions on) ${slot('LOP', 'o')}`,
);
const IN_PLACE = rule(`${slot('L', 's')},? in ${slot('L', 'o')}`);
const COMMA_PLACE = rule(`(?<!, |and |or )${slot('L', 's')}, ${slot('L', 'o')}(?!,| and| or|${POSS}|-)`);

export function proposeTies(frame: Frame): RelationProposal[] {
  const found: (RelationProposal | null)[] = [];
  const add = (pattern: RegExp, type: RelationType, ruleName: string, confidence: number): void => {
    for (const m of matches(frame, pattern)) {
      found.push(
        relationFrom(frame, m, {
          type,
          subject: frame.slot(m.groups.s)?.ref,
          object: frame.slot(m.groups.o)?.ref,
          rule: ruleName,
          confidence,
        }),
      );
    }
  };
  add(TIE_WITH, 'COOPERATES_WITH', 'ties.cooperation-with', 0.75);
  add(TIE_BETWEEN, 'COOPERATES_WITH', 'ties.cooperation-between', 0.75);
  add(PAIR_TIE, 'COOPERATES_WITH', 'ties.pair-cooperation', 0.7);
  add(SUPPLIES, 'SUPPORTS', 'ties.supplies', 0.7);
  add(SUPPORTS, 'SUPPORTS', 'ties.supports', 0.7);
  add(SANCTIONS, 'SANCTIONS', 'ties.sanctions', 0.75);
  add(IN_PLACE, 'LOCATED_IN', 'place.in', 0.7);
  add(COMMA_PLACE, 'LOCATED_IN', 'place.comma', 0.65);
  return found.filter((p): p is RelationProposal => p !== null);
}
