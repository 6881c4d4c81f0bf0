import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/neo4j/values.js';

// toPlain at the driver boundary: driver types become plain values, and data that is already plain (the map
// projections every read statement returns) comes back as the same objects instead of a copy per record.
describe('toPlain', () => {
  it('returns plain text-and-number data as it is, without copying', () => {
    const row = { entity: { id: 'x', aliases: ['a', 'b'], degree: 3 }, mentions: [{ start: 1, end: 4 }] };
    const plain = toPlain(row) as typeof row;
    expect(plain).toBe(row);
    expect(plain.entity.aliases).toBe(row.entity.aliases);
    expect(plain.mentions[0]).toBe(row.mentions[0]);
  });

  it('converts driver values deep inside, copying only the maps and lists on their way', () => {
    const untouched = { id: 'y', tags: ['t'] };
    const row = {
      untouched,
      counts: [1, neo4j.int(2), undefined],
      when: { date: new neo4j.types.Date(2024, 2, 9), at: neo4j.int(7) },
      node: new neo4j.types.Node(neo4j.int(1), ['Entity'], { id: 'z', degree: neo4j.int(4) }, '4:x:1'),
    };
    const plain = toPlain(row);
    expect(plain).toEqual({
      untouched: { id: 'y', tags: ['t'] },
      counts: [1, 2, null],
      when: { date: '2024-02-09', at: 7 },
      node: { id: 'z', degree: 4 },
    });
    expect(plain).not.toBe(row);
    expect((plain as typeof row).untouched).toBe(untouched);
    // The driver's own objects are left as they were.
    expect(neo4j.isInt(row.counts[1])).toBe(true);
    expect(neo4j.isInt(row.when.at)).toBe(true);
  });

  it('turns null and undefined into null, and copies maps that are not object literals', () => {
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain(null)).toBeNull();
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });
    const plain = toPlain(bare);
    expect(plain).toEqual({ a: 1 });
    expect(plain).not.toBe(bare);
  });
});
