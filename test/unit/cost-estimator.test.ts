import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costExceeded, listMultiplier, queryCost, rememberingCost } from '../../src/graphql/cost.js';
import { buildSchema } from '../../src/graphql/schema.js';

// The service's own executable schema (graphql-tools builds it with the same graphql instance the cost rule
// uses; a schema from a second copy of graphql would be refused, not mis-costed).
const schema = buildSchema();
const cost = (query: string, variables?: Record<string, unknown>): number | undefined =>
  queryCost({ schema, document: parse(query), ...(variables ? { variables } : {}) }, 100);

describe('listMultiplier', () => {
  it('multiplies by first or limit, by the default list size when a declared size has no value, else by 1', () => {
    expect(listMultiplier('Query', 'entities', { first: 30 }, ['first', 'after'], 100)).toBe(30);
    expect(listMultiplier('Query', 'x', { limit: 7 }, ['limit'], 100)).toBe(7);
    expect(listMultiplier('Query', 'x', {}, ['first'], 100)).toBe(100);
    expect(listMultiplier('Person', 'facts', {}, [], 100)).toBe(1);
  });

  it('multiplies graph walks by how far they go', () => {
    expect(listMultiplier('Query', 'neighbourhood', { limit: 50, depth: 3 }, ['limit', 'depth'], 100)).toBe(
      150,
    );
    expect(listMultiplier('Query', 'paths', { first: 5, maxHops: 6 }, ['first', 'maxHops'], 100)).toBe(30);
  });
});

describe('queryCost', () => {
  it('costs 1 per field plus the children times the multiplier', () => {
    expect(cost('{ entity(id: "x") { id name } }')).toBe(3);
    // node 2, edges 3, entities 1 + 10 × 3
    expect(cost('{ entities(first: 10) { edges { node { id } } } }')).toBe(31);
  });

  it('uses the schema default when first is left out, and variables when given', () => {
    expect(cost('{ entities { totalCount } }')).toBe(1 + 20 * 1);
    expect(cost('query($n: PositiveInt) { entities(first: $n) { totalCount } }', { n: 50 })).toBe(51);
  });

  it('weights nested lists multiplicatively', () => {
    const nested =
      '{ entities(first: 100) { edges { node { relations(first: 100) { edges { node { id } } } } } } }';
    // relations: 1 + 100 × 3 = 301; node 302; edges 303; entities 1 + 100 × 303
    expect(cost(nested)).toBe(30_301);
  });

  it('weights neighbourhoods by limit × depth and paths by first × maxHops', () => {
    expect(cost('{ neighbourhood(id: "x", depth: 2, limit: 10) { nodes { id } } }')).toBe(1 + 10 * 2 * 2);
    expect(cost('{ paths(from: "a", to: "b", maxHops: 3, first: 2) { length } }')).toBe(1 + 2 * 3 * 1);
  });

  it('charges each item of a sized list at least 1, even with only __typename under it', () => {
    expect(cost('{ timeline(first: 100) { __typename } }')).toBe(1 + 100);
    expect(cost('{ conflicts { __typename } }')).toBe(1 + 50);
  });

  it('charges nothing for introspection', () => {
    expect(cost('{ __schema { types { name fields { name args { name } } } } }')).toBe(0);
    expect(cost('{ __typename }')).toBe(0);
  });

  it('gives up (undefined) on variables that do not coerce; execution reports those', () => {
    expect(
      cost('query($n: PositiveInt!) { entities(first: $n) { totalCount } }', { n: 'many' }),
    ).toBeUndefined();
  });

  it('does not crash on nulls: a null size counts as the default, a null for a non-null argument gives up', () => {
    expect(listMultiplier('Query', 'entities', { first: null }, ['first'], 100)).toBe(100);
    expect(listMultiplier('Query', 'paths', { first: 5, maxHops: null }, ['first', 'maxHops'], 100)).toBe(5);
    // `first` has a default, so a nullable variable may stand for it; its null is refused before execution.
    expect(
      cost('query($n: PositiveInt) { entities(first: $n) { totalCount } }', { n: null }),
    ).toBeUndefined();
    expect(cost('query($n: PositiveInt) { entities(first: $n) { totalCount } }', {})).toBe(21);
    // A literal null fails validation before cost is asked; asked anyway, it gives up rather than throw.
    expect(cost('{ neighbourhood(id: "x", depth: null) { truncated } }')).toBeUndefined();
    expect(
      cost(
        'query($d: RelationDirectionFilter) { entity(id: "x") { relations(direction: $d) { totalCount } } }',
        {
          d: null,
        },
      ),
    ).toBeUndefined();
  });
});

describe('costExceeded', () => {
  it('names the cost and the limit, with code LIMIT_EXCEEDED and HTTP 400', () => {
    const error = costExceeded(70_401, 50_000);
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.message).toMatch(/^Query cost 70401 exceeds the limit of 50000/);
    expect(error.extensions).toMatchObject({ cost: 70_401, max: 50_000, http: { status: 400 } });
  });
});

describe('rememberingCost', () => {
  it('answers as queryCost does for each document, operation and set of variables, asked again or not', () => {
    const costOf = rememberingCost(100);
    const document = parse(`
      query A($n: PositiveInt) { entities(first: $n) { totalCount } }
      query B($n: PositiveInt) { entities(first: $n) { edges { node { id name } } } }
    `);
    const asks = [
      { operationName: 'A', variables: { n: 50 } },
      { operationName: 'B', variables: { n: 50 } },
      { operationName: 'A', variables: { n: 7 } },
      { operationName: 'A', variables: { n: -1 } },
      { operationName: 'B', variables: { n: 'x'.repeat(5_000) } },
    ];
    for (let round = 0; round < 2; round += 1) {
      for (const ask of asks) {
        expect(costOf({ schema, document, ...ask })).toBe(queryCost({ schema, document, ...ask }, 100));
      }
    }
    expect(costOf({ schema, document, operationName: 'A', variables: { n: 50 } })).toBe(51);
    expect(costOf({ schema, document, operationName: 'B', variables: { n: 50 } })).toBe(201);
    // Variables that do not coerce: no cost, execution answers BAD_USER_INPUT.
    expect(costOf({ schema, document, operationName: 'A', variables: { n: -1 } })).toBeUndefined();
  });

  it('costs a document of the same text parsed again afresh (its own entry)', () => {
    const costOf = rememberingCost(100);
    const text = 'query($n: PositiveInt) { entities(first: $n) { totalCount } }';
    expect(costOf({ schema, document: parse(text), variables: { n: 3 } })).toBe(4);
    expect(costOf({ schema, document: parse(text), variables: { n: 9 } })).toBe(10);
  });
});
