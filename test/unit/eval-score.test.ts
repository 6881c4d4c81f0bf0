import { describe, expect, it } from 'vitest';
import type { RelationProposal, StatementProposal } from '../../src/ingest/propose/index.js';
import {
  overlap,
  referenceThings,
  resolveEnd,
  scoreRelations,
  scoreStatements,
  type Reference,
} from '../../scripts/eval/score.js';

const entity = (entityId: string, kind: 'Person' | 'Place' | 'Organisation' = 'Person') =>
  ({ type: 'entity', entityId, kind, name: entityId }) as const;
const evidence = { sentenceIndex: 0, start: 0, end: 1, quote: 'x' };
const relation = (
  type: RelationProposal['type'],
  subject: RelationProposal['subject'],
  object: RelationProposal['object'],
): RelationProposal => ({
  kind: 'relation',
  type,
  subject,
  object,
  role: null,
  at: null,
  rule: 'test.rule',
  confidence: 0.8,
  evidence,
});

const reference: Reference = {
  names: new Map([['oleg', ['person/oleg']]]),
  things: referenceThings(
    [{ id: 'route/a-b', kind: 'Route', sort: 'air' }],
    [
      { type: 'ORIGIN', subject: 'route/a-b', object: 'place/a' },
      { type: 'DESTINATION', subject: 'route/a-b', object: 'place/b' },
    ],
  ),
  relations: [
    { article: 'x', type: 'MET', subject: 'person/p', object: 'person/q', quote: '' },
    { article: 'y', type: 'MET', subject: 'person/p', object: 'person/q', quote: '' },
    { article: 'x', type: 'WORKS_FOR', subject: 'person/oleg', object: 'org/n', quote: '' },
  ],
  statements: [{ article: 'x', speaker: 'person/p', quote: 'abcdefghij', start: 10, end: 20 }],
};

describe('extraction scoring', () => {
  it('resolves candidate names by unique alias and described routes by their ends, either way round when unordered', () => {
    expect(
      resolveEnd({ type: 'candidate', candidateKey: 'oleg', kind: 'Person', name: 'Oleg' }, reference),
    ).toBe('person/oleg');
    const route = {
      type: 'described' as const,
      kind: 'Route' as const,
      sort: 'air',
      unordered: true,
      name: 'B–A air route',
      links: [
        { type: 'ORIGIN' as const, direction: 'out' as const, end: entity('place/b', 'Place') },
        { type: 'DESTINATION' as const, direction: 'out' as const, end: entity('place/a', 'Place') },
      ],
    };
    expect(resolveEnd(route, reference)).toBe('route/a-b');
    expect(resolveEnd({ ...route, unordered: false }, reference)).toMatch(/^new route/);
  });

  it('counts recall per (relation, article), symmetric types in either direction, and lists false proposals', () => {
    const score = scoreRelations(
      [
        { article: 'x', proposal: relation('MET', entity('person/q'), entity('person/p')) },
        { article: 'x', proposal: relation('MET', entity('person/p'), entity('person/q')) },
        { article: 'x', proposal: relation('VISITED', entity('person/p'), entity('place/a', 'Place')) },
      ],
      reference,
    );
    expect(score).toMatchObject({
      proposed: 2,
      correct: 1,
      expected: 3,
      found: 1,
      precision: 0.5,
      recall: 0.333,
    });
    expect(score.falseProposals.map((f) => f.type)).toEqual(['VISITED']);
    expect(score.misses.map((m) => `${m.article} ${m.type}`)).toEqual(['y MET', 'x WORKS_FOR']);
  });

  it('matches statements by article, speaker and overlapping words', () => {
    expect(overlap({ start: 0, end: 10 }, { start: 5, end: 30 })).toBe(0.5);
    const statement = (start: number, end: number): StatementProposal => ({
      kind: 'statement',
      speaker: entity('person/p'),
      quote: '',
      quoteStart: start,
      quoteEnd: end,
      mode: 'indirect',
      about: [],
      rule: 'test.rule',
      confidence: 0.8,
      evidence,
    });
    const score = scoreStatements(
      [
        { article: 'x', proposal: statement(12, 40) },
        { article: 'x', proposal: statement(30, 40) },
      ],
      reference,
    );
    expect(score).toMatchObject({ correct: 1, found: 1, precision: 0.5, recall: 1 });
  });
});
