import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/neo4j/catalogue.js';
import { entityRow } from '../../src/graphql/rows.js';

/**
 * The read statements return entities as a map projection of the fields `entityRow` parses, not
 * `properties(e)` (which ships two timestamps the driver must decode, and the search keys, on every row). A
 * field added to entityRow but not to a projection would silently read as null: this keeps them in step. The
 * one exception is a card (id, kind, name) chosen by `$nodeDetail` or `$detail`, which the resolver sets only
 * when nothing else is selected (graph/neighbourhood, the entities lists, a timeline's relationship ends and events).
 */
const READS = [
  'entities/filtered-page',
  'entities/page',
  'entity/by-ids',
  'entity/co-mentions',
  'entity/page',
  'graph/neighbourhood',
  'graph/paths',
  'search/hits',
  'timeline/all',
  'timeline/entity',
];

const catalogue = loadCatalogue();
const projections = (text: string): string[][] =>
  [...text.matchAll(/\w+(?:\[\w+\])? \{(\.id, \.kind[^}]*)\}/g)].map((m) =>
    (m[1] ?? '').split(',').map((f) => f.trim().replace(/^\./, '')),
  );

describe('entities leave the read statements as the fields the API reads', () => {
  it.each(READS)('%s projects exactly entityRow’s fields, and never properties()', (name) => {
    // The catalogue holds statements as sent, without their comment lines (catalogue.ts statementText).
    const text = catalogue.text({ name });
    expect(text).not.toMatch(/properties\(/);
    const found = projections(text);
    expect(found.length).toBeGreaterThan(0);
    const full = Object.keys(entityRow.shape).sort();
    const card = ['id', 'kind', 'name'];
    const cardsChosen = [
      ...text.matchAll(
        /CASE WHEN \$(?:nodeDetail|detail) THEN \w+ \{[^}]*\} ELSE \w+ \{\.id, \.kind, \.name\} END/g,
      ),
    ].length;
    const cardChosen = cardsChosen > 0;
    for (const fields of found) {
      expect(fields.sort()).toEqual(cardChosen && fields.length === card.length ? card : full);
    }
    // Every card is one a CASE chose, beside the whole projection.
    expect(found.filter((f) => f.length === card.length).length).toBe(cardsChosen);
  });
});
