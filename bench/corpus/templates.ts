import type { EntityKind, RelationType } from '../../src/graph/relation-types.js';

/**
 * Sentence templates of the synthetic news. `{0}`, `{1}`, `{2}` name entities of the kinds in `slots`;
 * `{date}`, `{month}` and `{since}` give a relationship its time (`at` to the day, `at` to the month,
 * `start` to the year); `{role}` an office; `{freq}` a disputed value; `{cand}` a name no entity has; text
 * between “ and ” is a quotation. Every relationship type keeps to the ends the curated graph allows
 * (RELATION_END_KINDS).
 */
export interface Template {
  text: string;
  slots: readonly EntityKind[];
  relation?: { type: RelationType; subject: number; object: number };
  /** A quotation in the sentence; the speaker is a slot, the statement is about the other slots. */
  statement?: { speaker: number };
  /** A value sources may disagree on, stated about a slot. */
  fact?: { subject: number; property: 'frequency' };
  weight: number;
}

const P = 'Person';
const O = 'Organisation';
const L = 'Place';
const R = 'Route';
const A = 'Agreement';
const E = 'Event';

const rel = (
  weight: number,
  type: RelationType,
  text: string,
  slots: readonly EntityKind[],
  subject = 0,
  object = 1,
): Template => ({ text, slots, relation: { type, subject, object }, weight });

export const TEMPLATES: readonly Template[] = [
  rel(4, 'HOLDS_OFFICE', '{0}, the {role} of {1}, said the talks had gone well.', [P, O]),
  rel(2, 'WORKS_FOR', '{0} has worked for {1} since {since}.', [P, O]),
  rel(1, 'MEMBER_OF', '{0} is a member of {1}.', [O, O]),
  rel(2, 'LOCATED_IN', '{0} is based in {1}.', [O, L]),
  rel(3, 'OPERATES', '{0} operates the {1}.', [O, R]),
  rel(1, 'ORIGIN', 'The {0} starts in {1}.', [R, L]),
  rel(1, 'DESTINATION', 'The {0} ends in {1}.', [R, L]),
  rel(1, 'STOPS_AT', 'The {0} stops at {1} on the way.', [R, L]),
  rel(1, 'PROPOSED', '{0} proposed the {1} {month}.', [P, R]),
  rel(1, 'PROPOSED_TO', '{0} asked {1} to consider new flights.', [O, O]),
  rel(2, 'ANNOUNCED', '{0} announced the {1} {date}.', [O, A]),
  rel(2, 'TRAVELLED_ON', '{0} travelled on the {1} {month}.', [P, R]),
  rel(4, 'MET', '{0} met {1} in {2} {date}.', [P, P, L]),
  rel(2, 'PARTY_TO', '{0} is a party to the {1}.', [O, A]),
  rel(2, 'PARTICIPATED_IN', '{0} took part in the {1}.', [P, E]),
  rel(1, 'TOOK_PLACE_IN', 'The {0} took place in {1}.', [E, L]),
  rel(1, 'REPORTED', '{0} reported on the {1} at length.', [O, E]),
  rel(1, 'SUPPORTS', '{0} backed the {1} in public.', [P, A]),
  rel(1, 'SANCTIONS', '{0} imposed sanctions on {1} {month}.', [O, O]),
  rel(2, 'COOPERATES_WITH', '{0} and {1} agreed to cooperate on freight.', [O, O]),
  rel(4, 'VISITED', '{0} visited {1} {date}.', [P, L]),
  rel(1, 'DEPARTED_FROM', '{0} departed from {1} {date}.', [P, L]),
  rel(1, 'PART_OF', '{0} is part of {1}.', [L, L]),
  { text: 'Officials in {0} declined to comment.', slots: [L], weight: 3 },
  { text: '{0} did not respond to a request for comment.', slots: [O], weight: 3 },
  { text: 'The future of the {0} was discussed by {1} and {2}.', slots: [R, O, L], weight: 3 },
  { text: 'Analysts at {0} expect demand for the {1} to grow.', slots: [O, R], weight: 2 },
  { text: 'Delegations from {0} and {1} are expected next month.', slots: [L, L], weight: 3 },
  { text: 'The {0} was mentioned again by {1} during a visit to {2}.', slots: [A, P, L], weight: 2 },
  {
    text: '“We see real progress on the {1},” {0} said.',
    slots: [P, R],
    statement: { speaker: 0 },
    weight: 2,
  },
  {
    text: '“There is no alternative to working with {1},” {0} told reporters.',
    slots: [P, O],
    statement: { speaker: 0 },
    weight: 2,
  },
  { text: '“Nothing has been decided yet,” {0} said.', slots: [P], statement: { speaker: 0 }, weight: 1 },
  {
    text: 'The {0} runs {freq}, according to {1}.',
    slots: [R, O],
    fact: { subject: 0, property: 'frequency' },
    weight: 3,
  },
  { text: '{cand}, a resident of {0}, welcomed the news.', slots: [L], weight: 2 },
  ...[
    'Ticket prices have not been announced, and neither side would say when sales might begin.',
    'The move follows months of negotiations between transport officials, carriers and regulators.',
    'Further details, including the schedule and the aircraft to be used, were not disclosed.',
    'Industry observers said the decision reflected a broader shift in regional trade and travel.',
    'Freight volumes on comparable links have grown steadily over the past two years, according to customs data.',
    'Critics argue that the plan does little for ordinary travellers and mainly serves official delegations.',
    'Local businesses hope the new connection will bring more visitors during the summer season.',
    'The timetable may still change depending on demand and on the availability of crews.',
  ].map((text) => ({ text, slots: [], weight: 6 })),
];

export const ROLES = ['director', 'chairman', 'spokesperson', 'minister', 'deputy head', 'chief executive'];
export const FREQUENCIES = ['once a week', 'twice a week', 'daily', 'once a month'];
export const HEADLINES = [
  'new transport links planned',
  'talks continue',
  'officials weigh the next steps',
  'a route back on the agenda',
  'what the agreement means',
  'freight volumes grow',
];
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
