import { beforeAll, describe, expect, it } from 'vitest';
import { entities, propose, relations, warmUp } from '../support/propose.js';

beforeAll(warmUp, 60_000);

const known = entities(
  'Person:Lena Varga|Varga',
  'Person:Tomas Ruud|Ruud',
  'Person:Ayla Demir',
  'Place:Tallinn',
  'Place:Oslo Airport',
  'Place:Hungary',
);

describe('movement', () => {
  it('reads arrivals, visits, travel and departures, past an appositive', () => {
    const ps = propose(
      'On Monday, Lena Varga, Hungary’s transport minister, arrived in Tallinn. Tomas Ruud visited Tallinn. Ayla Demir travelled to Tallinn. Tomas Ruud departed from Oslo Airport.',
      known,
    );
    expect(relations(ps)).toEqual(
      expect.arrayContaining([
        'VISITED Lena Varga → Tallinn',
        'VISITED Tomas Ruud → Tallinn',
        'VISITED Ayla Demir → Tallinn',
        'DEPARTED_FROM Tomas Ruud → Oslo Airport',
      ]),
    );
  });

  it("reads a visit written as a noun, and dates it with the sentence's one date", () => {
    const [visit] = propose('Lena Varga’s two-day visit to Tallinn on 3 May 2024 ended early.', known).filter(
      (p) => p.kind === 'relation' && p.type === 'VISITED',
    );
    expect(visit).toMatchObject({ at: { value: '2024-05-03', precision: 'day' } });
  });
});

describe('meetings', () => {
  it('reads met, held talks with, welcomed, discussed with, and a second verb of the subject', () => {
    const ps = propose(
      'Lena Varga met Tomas Ruud. Ayla Demir held a courtesy meeting with Ruud. Tomas Ruud welcomed Ayla Demir in Tallinn. Lena Varga visited Tallinn and held talks with Ayla Demir.',
      known,
    );
    expect(relations(ps).filter((r) => r.startsWith('MET'))).toEqual([
      'MET Lena Varga → Tomas Ruud',
      'MET Ayla Demir → Ruud',
      'MET Tomas Ruud → Ayla Demir',
      'MET Lena Varga → Ayla Demir',
    ]);
  });

  it('reads pairs: "X and Y held a summit", "a meeting between X and Y", "X and Y shake hands", "during a meeting with Y"', () => {
    const met = (text: string) => relations(propose(text, known)).filter((r) => r.startsWith('MET'));
    expect(met('Lena Varga and Tomas Ruud held a summit.')).toEqual(['MET Lena Varga → Tomas Ruud']);
    expect(met('It followed a meeting between Lena Varga and Tomas Ruud.')).toEqual([
      'MET Lena Varga → Tomas Ruud',
    ]);
    expect(met('Lena Varga (L) and Tomas Ruud (R) shake hands.')).toEqual(['MET Lena Varga → Tomas Ruud']);
    expect(
      met('Ayla Demir praised the plan during a meeting with Hungarian Foreign Minister Lena Varga.'),
    ).toEqual(['MET Ayla Demir → Lena Varga']);
  });

  it('does not make a person meet a place or themselves', () => {
    expect(
      relations(propose('Lena Varga met Tallinn officials. Varga met Lena Varga.', known)).filter((r) =>
        r.startsWith('MET'),
      ),
    ).toEqual([]);
  });
});
