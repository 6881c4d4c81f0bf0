import { beforeAll, describe, expect, it } from 'vitest';
import { entities, propose, relations, warmUp } from '../support/propose.js';

beforeAll(warmUp, 60_000);

const known = entities(
  'Person:Lulu Ranne',
  'Person:Vladimir Svet',
  'Place:Tallinn',
  'Place:Estonia',
  'Organisation:Federal Air Transport Agency',
  'Organisation:Nordic Sky',
  'Organisation:Aeroflot',
);

describe('back references', () => {
  it('"she" opening a clause is the last person who was a sentence subject', () => {
    const ps = propose(
      'Lulu Ranne travelled to Tallinn on Thursday. She met her Estonian counterpart Vladimir Svet.',
      known,
    );
    // The linker links the demonym to the country itself (the gazetteer's adjective), so the end reads as written.
    expect(relations(ps)).toEqual(
      expect.arrayContaining(['MET Lulu Ranne → Vladimir Svet', 'HOLDS_OFFICE Vladimir Svet → Estonian']),
    );
    const office = ps.find((p) => p.kind === 'relation' && p.type === 'HOLDS_OFFICE');
    expect(office?.kind === 'relation' && office.object).toMatchObject({ type: 'entity', name: 'Estonian' });
  });

  it('"the agency" is the last organisation whose name has that noun; too far back it is nobody', () => {
    const text =
      'The Federal Air Transport Agency wrote to Nordic Sky. The agency sent the proposal to Aeroflot.';
    expect(relations(propose(text, known))).toContain('PROPOSED_TO Federal Air Transport Agency → Aeroflot');
    const far =
      'The Federal Air Transport Agency wrote. One. Two. Three. Four. The agency sent the proposal to Aeroflot.';
    expect(relations(propose(far, known))).toEqual([]);
  });
});
