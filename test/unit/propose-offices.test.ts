import { beforeAll, describe, expect, it } from 'vitest';
import { entities, propose, relations, warmUp } from '../support/propose.js';

beforeAll(warmUp, 60_000);

const known = entities(
  'Person:Lena Varga',
  'Person:Tomas Ruud',
  'Person:Ayla Demir',
  'Place:Norway',
  'Place:Hungary',
  'Place:Turkey',
  'Organisation:Baltic Freight Council',
  'Organisation:Nordic Sky',
);

describe('offices and affiliations', () => {
  it('reads a title before the name, with its country or organisation (demonyms included)', () => {
    const ps = propose(
      'Hungarian Foreign Minister Lena Varga spoke first. Baltic Freight Council chairman Tomas Ruud agreed.',
      known,
    );
    expect(relations(ps)).toEqual([
      'HOLDS_OFFICE Lena Varga → Hungary',
      'HOLDS_OFFICE Tomas Ruud → Baltic Freight Council',
    ]);
    expect(ps.find((p) => p.kind === 'relation' && p.role === 'Foreign Minister')).toBeDefined();
  });

  it('reads appositives after and before the name', () => {
    expect(
      relations(propose('Lena Varga, Hungary’s Minister of Transport and Energy, arrived late.', known)),
    ).toContain('HOLDS_OFFICE Lena Varga → Hungary');
    expect(relations(propose('Norway’s Ambassador to Turkey, Tomas Ruud, was there.', known))).toEqual([
      'HOLDS_OFFICE Tomas Ruud → Norway',
    ]);
  });

  it('reads functions of an organisation: head of, an employee of, a spokesperson for, X of Y', () => {
    expect(relations(propose('Ayla Demir, head of the Baltic Freight Council, said little.', known))).toEqual(
      ['HOLDS_OFFICE Ayla Demir → Baltic Freight Council'],
    );
    const employee = propose('Tomas Ruud, an employee of Nordic Sky, was on board.', known);
    expect(relations(employee)).toEqual(['WORKS_FOR Tomas Ruud → Nordic Sky']);
    expect(relations(propose('Ayla Demir of Nordic Sky declined to comment.', known))).toEqual([
      'WORKS_FOR Ayla Demir → Nordic Sky',
    ]);
  });

  it('proposes nothing for a title without whose office it is, or for words that are not titles', () => {
    expect(relations(propose('Minister Lena Varga arrived.', known))).toEqual([]);
    expect(
      relations(propose('Hungarian tourists met Lena Varga.', known)).filter((r) => r.startsWith('HOLDS')),
    ).toEqual([]);
  });
});
