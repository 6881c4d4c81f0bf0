// resolveEntities reads entities a concurrent merge may be deleting. Neo4j reads committed data: a node found
// through the index can have lost its properties by the time they are read, which once surfaced as an internal
// error (a ZodError on the missing id) in the merge/ingest race test under load. It must be a concurrent change,
// which db.writeTransaction runs again.
import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../src/ingest/resolve-entities.js';
import type { WriteTx } from '../../src/neo4j/db.js';
import { ConcurrentChangeError, isConcurrentChange } from '../../src/neo4j/driver-errors.js';

/** Answers every statement with `rows` (the statements themselves are EXPLAINed in the Cypher tier). */
const txAnswering = (rows: Record<string, unknown>[]): WriteTx => ({
  run: () => Promise.resolve(rows),
});

describe('resolveEntities', () => {
  it('calls an entity that lost its properties mid-read a concurrent change, so the write runs again', async () => {
    const vanished = txAnswering([{ asked: 'person/x', node: '4:abc:1', entity: {} }]);
    const error = await resolveEntities(vanished, ['person/x']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrentChangeError);
    expect(isConcurrentChange(error)).toBe(true);
  });

  it('resolves ids that lead to entities, and reports those that lead nowhere', async () => {
    const tx = txAnswering([
      { asked: 'person/x', node: '4:abc:1', entity: { id: 'person/x', name: 'X' } },
      { asked: 'person/gone', node: null, entity: null },
    ]);
    const resolved = await resolveEntities(tx, ['person/x', 'person/gone']);
    expect(resolved.id('person/x')).toBe('person/x');
    expect(resolved.missing).toEqual(['person/gone']);
  });
});
