import { beforeAll, describe, expect, it } from 'vitest';
import type { StatementProposal } from '../../src/ingest/propose/index.js';
import { findQuotations } from '../../src/ingest/propose/quotations.js';
import { entities, propose, statements, warmUp } from '../support/propose.js';

beforeAll(warmUp, 60_000);

const known = entities(
  'Person:Marko Filipovic|Filipovic',
  'Person:Ingrid Solheim',
  'Person:Anatoly Glaz',
  'Organisation:Nordic Sky',
  'Organisation:Interfax',
  'Organisation:Aeroflot',
  'Organisation:Aurora',
);

describe('quotations', () => {
  it('pairs curly and straight marks within a paragraph, across sentences, without the closing comma', () => {
    const text = '“We waited. Now it is here,” he said.\n"A new era," she said, calling it “historic".';
    expect(findQuotations(text).map((q) => text.slice(q.start, q.end))).toEqual([
      'We waited. Now it is here',
      'A new era',
      'historic',
    ]);
  });
});

describe('direct speech', () => {
  it('finds the speaker after the quotation, in either order, past a title', () => {
    const ps = propose(
      '“We have waited for this for decades. Now the city is connected again,” Filipovic said. “Our customers asked for it,” said Nordic Sky chief executive Ingrid Solheim.',
      known,
    );
    expect(statements(ps)).toEqual([
      'Filipovic: We have waited for this for decades. Now the city is connected again',
      'Ingrid Solheim: Our customers asked for it',
    ]);
    expect(ps.every((p) => p.kind !== 'statement' || p.mode === 'direct')).toBe(true);
  });

  it('finds the speaker before it ("X …, stating, “…”") and continues with the next unattributed quotation', () => {
    expect(
      statements(
        propose(
          'Marko Filipovic, the mayor, praised the line, stating, “It changes everything.” Later, “Demand is strong,” Filipovic told reporters. “We need more trains.”',
          known,
        ),
      ),
    ).toEqual([
      'Marko Filipovic: It changes everything.',
      'Filipovic: Demand is strong',
      'Filipovic: We need more trains.',
    ]);
  });

  it('gives a short quotation to "X and Y, who confirmed their “…”", and none to an unattributed scare quote', () => {
    expect(
      statements(
        propose(
          'The agency wrote to Aeroflot and Aurora, who confirmed their "theoretical readiness."',
          known,
        ),
      ),
    ).toEqual(['Aeroflot: theoretical readiness.', 'Aurora: theoretical readiness.']);
    expect(statements(propose('The country is often called the “hermit kingdom”.', known))).toEqual([]);
  });
});

describe('reported speech', () => {
  it('reads "X said (on DATE) that …", "…, X said.", "According to X, …" and "he said" after a named speaker', () => {
    const ps = propose(
      [
        'Belarusian Foreign Ministry spokesman Anatoly Glaz said on Oct. 13 that the talks had ended.',
        'The memorandum covers only training, Anatoly Glaz told reporters.',
        'He added that the next round would be in Minsk.',
        'According to Interfax, the delegation left on Monday.',
      ].join(' '),
      known,
    );
    expect(statements(ps)).toEqual([
      'Anatoly Glaz: the talks had ended',
      'Anatoly Glaz: The memorandum covers only training',
      'Anatoly Glaz: the next round would be in Minsk',
      'Interfax: the delegation left on Monday',
    ]);
    const [first] = ps.filter((p): p is StatementProposal => p.kind === 'statement');
    expect(first?.mode).toBe('indirect');
  });

  it('does not attribute words to the object of "told" or to an unnamed source', () => {
    expect(statements(propose('Traffic will stay low, an unnamed source told Interfax.', known))).toEqual([]);
  });
});
