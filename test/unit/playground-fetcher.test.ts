import { describe, expect, it } from 'vitest';
import { operationNameFor, requestHeaders } from '../../playground/src/fetcher.js';

describe('the playground fetcher', () => {
  const two = 'query A { entity(id: "x") { id } } query B { entities { totalCount } }';

  it('sends GraphiQL’s operation name when the document defines it', () => {
    expect(operationNameFor(two, 'B')).toBe('B');
    expect(
      operationNameFor('query UnknownIdIsNotFound { entity(id: "x") { id } }', 'UnknownIdIsNotFound'),
    ).toBe('UnknownIdIsNotFound');
  });

  it('leaves out a name the document does not define (a previous tab’s), and an empty one', () => {
    expect(
      operationNameFor('query UnknownIdIsNotFound { entity(id: "x") { id } }', 'HowAreTwoPeopleConnected'),
    ).toBe(undefined);
    expect(operationNameFor(two, 'C')).toBeUndefined();
    expect(operationNameFor('{ entities { totalCount } }', 'A')).toBeUndefined();
    expect(operationNameFor(two, '')).toBeUndefined();
    expect(operationNameFor(two, null)).toBeUndefined();
  });

  it('keeps the name of a document that does not parse: the server answers the syntax error', () => {
    expect(operationNameFor('query A { entity(', 'A')).toBe('A');
  });

  it('does not send headers left empty in the editor', () => {
    expect(requestHeaders({ 'x-api-key': ' ', 'X-Trace': 'abc' })).toEqual({
      accept: 'application/graphql-response+json, application/json',
      'content-type': 'application/json',
      'x-trace': 'abc',
    });
  });
});
