/**
 * Movement and meetings: who went where, left from where, and met whom.
 * - VISITED: "X arrived in Y", "X visited Y", "X travelled to Y", "X's visit to Y";
 * - DEPARTED_FROM: "X departed (from) Y", "X left Y";
 * - MET: "X met Y", "X held talks with Y", "X welcomed Y", "X and Y held a summit / shook hands",
 *   "a meeting between X and Y", "X's visit for talks with Y", and "during a meeting with Y" in a sentence
 *   whose subject is X.
 * The subject may carry an appositive ("X, Russia's Minister of ..., arrived in Y").
 */
import { slotRelations, type SlotRule } from './build.js';
import type { Frame } from './frame.js';
import { ADVERB, APPOSITIVE, NAME_PREFIX, POSS, rule, sentenceSubject, slot, words } from './patterns.js';
import type { RelationProposal } from './types.js';

const SUBJECT = `${slot('PO', 's')}${APPOSITIVE}${ADVERB}`;
const MODALS = '(?:(?:will|would|is to|plans to|is set to|is expected to|is due to|has|had|have) )?';

const VISIT = rule(
  `${SUBJECT} ${MODALS}(?:arrived|arrives|arrive|arriving|landed|lands|land) (?:in|at) (?:the )?${slot('L', 'o')}`,
  /arriv|land/u,
);
const VISITED = rule(
  `${SUBJECT} ${MODALS}(?:visited|visits|visit|toured|tours|tour) (?:the )?${slot('L', 'o')}`,
  /visit|tour/u,
);
const TRAVEL_TO = rule(
  `${SUBJECT} ${MODALS}(?:travell?ed|travels|travel|flew|flies|fly|went|goes|go|headed|heads|came|returned|returns) to (?:the )?${slot('L', 'o')}`,
  / to /u,
);
const VISIT_NOUN = rule(
  `${slot('P', 's')}${POSS} ${words(2)}(?:visit|trip|tour|journey) to (?:the )?${slot('L', 'o')}`,
  /visit|trip|tour|journey/u,
);
const DEPART = rule(
  `${SUBJECT} ${MODALS}(?:departed|departs|depart|departing|left|leaves|leave|leaving|flew out of) (?:from )?(?:the )?${slot('L', 'o')}`,
  /depart|left|leav|flew out/u,
);
const MET_VERB = rule(
  `${SUBJECT} ${MODALS}(?:met|meets|meet|meeting) (?:with )?${words(2)}${NAME_PREFIX}${slot('PO', 'o')}`,
  /\bme(?:t|et|eting)\b/u,
);
const TALKS_WITH = rule(
  `${SUBJECT} ${MODALS}(?:held|holds|hold|had|has|have|holding) (?:a |an |the )?${words(2)}(?:talks|meeting|meetings|summit|discussions|conversation|phone call|call) with ${words(2)}${NAME_PREFIX}${slot('PO', 'o')}`,
  / with /u,
);
/** A second verb of the subject: "X visited Y and held talks with Z", "… and discussed it with Z". */
const AND_MET = rule(
  `(?:,| and|, and) (?:later |then |also )?(?:met (?:with )?|held (?:a |an )?${words(2)}(?:talks|meeting|meetings|discussions) with |discussed ${words(4)}with )${NAME_PREFIX}${slot('PO', 'o')}`,
  /\bmet\b| with /u,
);
const DISCUSSED_WITH = rule(
  `${SUBJECT} ${MODALS}(?:discussed|discusses|discuss) ${words(5)}with ${NAME_PREFIX}${slot('PO', 'o')}`,
  /discuss/u,
);
const WELCOMED = rule(
  `${SUBJECT} ${MODALS}(?:welcomed|welcomes|welcome|hosted|hosts|host|greeted|greets|received|receives) ${slot('P', 'o')}`,
  /welcom|host|greet|receiv/u,
);
const PAIR_MET = rule(
  `${NAME_PREFIX}${slot('PO', 's')}(?: \\([^)]{1,12}\\))? and ${NAME_PREFIX}${slot('PO', 'o')}(?: \\([^)]{1,12}\\))? (?:also )?(?:met|meet|held (?:a |an )?${words(1)}(?:summit|talks|meeting)|hold (?:a |an )?${words(1)}(?:summit|talks|meeting)|shook hands|shake hands)`,
  / and /u,
);
const MEETING_BETWEEN = rule(
  `(?:meeting|meetings|talks|summit) between ${NAME_PREFIX}${slot('PO', 's')} and ${NAME_PREFIX}${slot('PO', 'o')}`,
  /between/u,
);
const VISIT_FOR_TALKS = rule(
  `${slot('P', 's')}${POSS} ${words(2)}(?:visit|trip) for (?:talks|a meeting|meetings) with ${NAME_PREFIX}${slot('PO', 'o')}`,
  / for /u,
);
const DURING_MEETING = rule(
  `(?:during|at|after) (?:a |an |the |their )?${words(2)}(?:meeting|talks|summit) with ${NAME_PREFIX}${slot('PO', 'o')}`,
  / with /u,
);

const RULES: readonly SlotRule[] = [
  { pattern: VISIT, type: 'VISITED', rule: 'movement.arrived-in', confidence: 0.85 },
  { pattern: VISITED, type: 'VISITED', rule: 'movement.visited', confidence: 0.85 },
  { pattern: TRAVEL_TO, type: 'VISITED', rule: 'movement.travelled-to', confidence: 0.7 },
  { pattern: VISIT_NOUN, type: 'VISITED', rule: 'movement.visit-to', confidence: 0.8 },
  { pattern: DEPART, type: 'DEPARTED_FROM', rule: 'movement.departed-from', confidence: 0.8 },
  { pattern: MET_VERB, type: 'MET', rule: 'meeting.met', confidence: 0.85 },
  { pattern: TALKS_WITH, type: 'MET', rule: 'meeting.held-talks-with', confidence: 0.85 },
  { pattern: WELCOMED, type: 'MET', rule: 'meeting.welcomed', confidence: 0.8 },
  { pattern: DISCUSSED_WITH, type: 'MET', rule: 'meeting.discussed-with', confidence: 0.75 },
  { pattern: PAIR_MET, type: 'MET', rule: 'meeting.pair-met', confidence: 0.8 },
  { pattern: MEETING_BETWEEN, type: 'MET', rule: 'meeting.meeting-between', confidence: 0.8 },
  { pattern: VISIT_FOR_TALKS, type: 'MET', rule: 'meeting.visit-for-talks-with', confidence: 0.75 },
];
/** Rules whose subject is the sentence's: "…, and held talks with Y", "during a meeting with Y". */
const SUBJECT_RULES: readonly SlotRule[] = [
  { pattern: AND_MET, type: 'MET', rule: 'meeting.and-met', confidence: 0.75 },
  { pattern: DURING_MEETING, type: 'MET', rule: 'meeting.during-meeting-with', confidence: 0.7 },
];

export function proposeMovement(frame: Frame): RelationProposal[] {
  const subject = sentenceSubject(frame);
  return [
    ...slotRelations(frame, RULES),
    ...(subject ? slotRelations(frame, SUBJECT_RULES, { subjectOf: subject }) : []),
  ];
}
