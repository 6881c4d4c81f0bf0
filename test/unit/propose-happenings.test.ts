import { beforeAll, describe, expect, it } from 'vitest';
import type { DescribedEnd, FactProposal } from '../../src/ingest/propose/index.js';
import { entities, propose, relations, warmUp } from '../support/propose.js';

beforeAll(warmUp, 60_000);

const known = entities(
  'Person:Lena Varga',
  'Person:Tomas Ruud',
  'Place:Belarus',
  'Place:Iran',
  'Place:Tallinn',
  'Place:Ukraine',
  'Place:Kursk region',
  'Organisation:Baltic Freight Council',
);

describe('events described by who took part and where', () => {
  it('reads "X and Y held a summit in Z" as one event both took part in, held in Z', () => {
    const ps = propose('Lena Varga and Tomas Ruud held a summit in Tallinn.', known);
    expect(relations(ps)).toEqual(
      expect.arrayContaining([
        'PARTICIPATED_IN Lena Varga → [Lena Varga–Tomas Ruud summit]',
        'PARTICIPATED_IN Tomas Ruud → [Lena Varga–Tomas Ruud summit]',
        'TOOK_PLACE_IN [Lena Varga–Tomas Ruud summit] → Tallinn',
      ]),
    );
    const event = ps.find((p) => p.kind === 'relation' && p.type === 'TOOK_PLACE_IN');
    expect(event?.kind === 'relation' && (event.subject as DescribedEnd).sort).toBe('summit');
  });

  it('reads visits, events that took place somewhere, participation and wars', () => {
    expect(relations(propose('Lena Varga’s visit to Tallinn ended.', known))).toContain(
      'PARTICIPATED_IN Lena Varga → [Lena Varga visit]',
    );
    expect(
      relations(propose('In April, runners joined a marathon that took place in Tallinn.', known)),
    ).toEqual(['TOOK_PLACE_IN [Tallinn marathon] → Tallinn']);
    expect(
      relations(
        propose(
          'Belarusian soldiers who, officials say, participated in the liberation of the Kursk region.',
          known,
        ),
      ),
    ).toEqual([
      'PARTICIPATED_IN Belarus → [Belarus liberation]',
      'TOOK_PLACE_IN [Belarus liberation] → Kursk region',
    ]);
    expect(relations(propose('Iran backs Belarus in its war against Ukraine.', known))).toEqual(
      expect.arrayContaining([
        'PARTICIPATED_IN Belarus → [Belarus war]',
        'TOOK_PLACE_IN [Belarus war] → Ukraine',
      ]),
    );
  });
});

describe('agreements', () => {
  it('reads "X and Y signed a deal" as both PARTY_TO it, with its status, and a denial after it', () => {
    const ps = propose(
      'Belarus and Iran signed a widely condemned arms deal in October, which Belarus has denied.',
      known,
    );
    expect(relations(ps)).toEqual([
      'PARTY_TO Belarus → [Belarus–Iran widely condemned arms deal]',
      'PARTY_TO Iran → [Belarus–Iran widely condemned arms deal]',
    ]);
    const facts = ps
      .filter((p): p is FactProposal => p.kind === 'fact')
      .map((f) => `${f.property}=${f.value}`);
    expect(facts).toEqual(['status=signed', 'status=denied']);
  });

  it('reads "a protocol signed by X"', () => {
    expect(
      relations(propose('They reviewed a protocol signed by the Baltic Freight Council in 2024.', known)),
    ).toEqual(['PARTY_TO Baltic Freight Council → [Baltic Freight Council protocol]']);
  });
});
