import { beforeAll, describe, expect, it } from 'vitest';
import type { FactProposal } from '../../src/ingest/propose/index.js';
import { entities, propose, relations, warmUp } from '../support/propose.js';

beforeAll(warmUp, 60_000);

const known = entities(
  'Place:Oslo',
  'Place:Tromsø',
  'Place:Vienna',
  'Place:Rijeka',
  'Place:Graz',
  'Place:Norway',
  'Place:Croatia',
  'Organisation:Nordic Sky',
  'Organisation:Austrian Federal Railways',
  'Person:Lena Varga',
);

describe('routes and operations', () => {
  it('names a route by its ends: "from A to B" and "A-B" give origin and destination', () => {
    expect(relations(propose('The first direct train from Vienna to Rijeka arrived.', known))).toEqual([
      'ORIGIN [Vienna–Rijeka rail route] → Vienna',
      'DESTINATION [Vienna–Rijeka rail route] → Rijeka',
    ]);
    expect(relations(propose('Nordic Sky suspended its Oslo-Tromsø flights.', known)).sort()).toEqual([
      'DESTINATION [Oslo–Tromsø air route] → Tromsø',
      'OPERATES Nordic Sky → [Oslo–Tromsø air route]',
      'ORIGIN [Oslo–Tromsø air route] → Oslo',
    ]);
  });

  it('"between A and B" names the route without a direction; "from A to B and then flown to C" stops at B', () => {
    expect(relations(propose('Nordic Sky flights between Oslo and Tromsø are full.', known))).toEqual([
      'OPERATES Nordic Sky → [Oslo–Tromsø air route]',
    ]);
    expect(
      relations(propose('Parcels will be carried from Vienna to Graz and then flown to Rijeka.', known)),
    ).toEqual([
      'ORIGIN [Vienna–Rijeka postal route] → Vienna',
      'DESTINATION [Vienna–Rijeka postal route] → Rijeka',
      'STOPS_AT [Vienna–Rijeka postal route] → Graz',
    ]);
  });

  it('reads the operator after "operated by" and refers "the service" back to the last route', () => {
    const ps = propose(
      'A new rail service between Vienna and Rijeka starts in May. The service is operated by Austrian Federal Railways.',
      known,
    );
    expect(relations(ps)).toContain('OPERATES Austrian Federal Railways → [Vienna–Rijeka rail route]');
  });

  it('reads who travelled aboard a route, from the sentence’s subject', () => {
    expect(relations(propose('Lena Varga arrived aboard the first Oslo-Tromsø flight.', known))).toContain(
      'TRAVELLED_ON Lena Varga → [Oslo–Tromsø air route]',
    );
  });

  it('proposes frequencies and resumption dates as facts on the route, in normal form', () => {
    const facts = (text: string) =>
      propose(text, known, '2023-06-01')
        .filter((p): p is FactProposal => p.kind === 'fact')
        .map((f) => `${f.property}=${f.value}`);
    expect(facts('Flights between Oslo and Tromsø run twice a week.')).toEqual(['frequency=twice a week']);
    expect(facts('Nordic Sky has three scheduled flights a week from Oslo to Tromsø.')).toEqual([
      'frequency=3 times a week',
    ]);
    expect(facts('The Oslo-Tromsø flights resumed in August 2023.')).toEqual(['resumedDate=2023-08']);
  });

  it('takes the mode of a route named "service" or "link" from its sentence, and none from a sentence without one', () => {
    expect(
      relations(
        propose('Nordic Sky announced a new evening service between Oslo and Tromsø for its planes.', known),
      ),
    ).toEqual(['ANNOUNCED Nordic Sky → [Oslo–Tromsø air route]']);
    expect(relations(propose('Nordic Sky announced a new link between Oslo and Tromsø.', known))).toEqual([]);
  });

  it('does not take two countries for the ends of a route', () => {
    expect(relations(propose('Flights from Norway to Croatia were suspended.', known))).toEqual([]);
  });
});
