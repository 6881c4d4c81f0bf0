import { beforeAll, describe, expect, it } from 'vitest';
import { entities, propose, relations, warmUp } from '../support/propose.js';

beforeAll(warmUp, 60_000);

const known = entities(
  'Place:Belarus',
  'Place:Iran',
  'Place:United States',
  'Place:Washington',
  'Place:Minsk',
  'Place:Georgia',
  'Place:Moldova',
  'Place:Ukraine',
  'Place:Kumsusan Palace',
  'Place:Pyongyang',
  'Place:North Korea',
  'Organisation:European Union',
  'Organisation:Baltic Wave Lines',
  'Place:Turku',
);

describe('ties between states and organisations', () => {
  it('reads cooperation with / between, and a pair deepening their partnership', () => {
    expect(relations(propose('Belarus’s military cooperation with Iran grew.', known))).toEqual([
      'COOPERATES_WITH Belarus → Iran',
    ]);
    expect(relations(propose('Ties between Belarus and Iran deepened.', known))).toEqual([
      'COOPERATES_WITH Belarus → Iran',
    ]);
    expect(relations(propose('Belarus and Iran are deepening their strategic partnership.', known))).toEqual([
      'COOPERATES_WITH Belarus → Iran',
    ]);
  });

  it('reads sanctions and support, a capital standing for its country', () => {
    expect(relations(propose('Washington sanctions Belarus.', known))).toEqual([
      'SANCTIONS United States → Belarus',
    ]);
    expect(relations(propose('The European Union sanctioned Belarus again.', known))).toEqual([
      'SANCTIONS European Union → Belarus',
    ]);
    expect(relations(propose('Iran provides Belarus with drones.', known))).toEqual([
      'SUPPORTS Iran → Belarus',
    ]);
  });

  it('keeps the city when places are located: "X in Y", "X, Y", "based in Y", but not inside a list', () => {
    expect(
      relations(propose('They met at Kumsusan Palace in Pyongyang, North Korea on Friday.', known)),
    ).toEqual(['LOCATED_IN Kumsusan Palace → Pyongyang', 'LOCATED_IN Pyongyang → North Korea']);
    expect(
      relations(propose('The route is run by Baltic Wave Lines, a small company based in Turku.', known)),
    ).toEqual(['LOCATED_IN Baltic Wave Lines → Turku']);
    expect(relations(propose('Russia occupies parts of Ukraine, Georgia and Moldova.', known))).toEqual([]);
  });
});
