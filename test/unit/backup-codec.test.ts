// The dump's value encoding and the graph checksum, without a database: every Neo4j property type survives
// encode → JSON → decode → encode, integers and floats stay apart, malformed values are refused, and the
// checksum ignores order but notices any change of label, type, value, value type or direction.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  decodeProperties,
  decodeValue,
  encodeProperties,
  encodeValue,
  MalformedValueError,
  UnsupportedValueError,
} from '../../src/backup/codec.js';
import { GraphDigest, type NodeContent } from '../../src/backup/digest.js';

const { types } = neo4j;
const through = (value: unknown, float = false): unknown =>
  decodeValue(JSON.parse(JSON.stringify(encodeValue(value, float))));

describe('property values as JSON', () => {
  const samples: [string, unknown][] = [
    ['text', 'Pyongyang — 평양 "quoted" \\ \n'],
    ['a boolean', false],
    ['an integer', 42],
    ['a negative integer', -9_007_199_254_740_991],
    ['a list of text', ['Sergei', 'Sergey']],
    ['an empty list', []],
    ['a date', new types.Date(2024, 2, 29)],
    ['a date-time with an offset', new types.DateTime(2025, 7, 27, 10, 15, 30, 123_456_789, 3 * 3600)],
    [
      'a date-time with a zone id',
      new types.DateTime(2025, 7, 27, 10, 15, 30, 0, undefined, 'Europe/Moscow'),
    ],
    ['a local date-time', new types.LocalDateTime(2025, 1, 2, 3, 4, 5, 6)],
    ['a time', new types.Time(23, 59, 59, 999_999_999, -18_000)],
    ['a local time', new types.LocalTime(0, 0, 0, 1)],
    ['a duration', new types.Duration(14, 3, 3600, 5)],
    ['a 2D point', new types.Point(4326, 39.03, 125.75)],
    ['a 3D point', new types.Point(4979, 39.03, 125.75, 38.5)],
    ['bytes', Int8Array.from([0, -1, 127, -128])],
  ];

  it.each(samples)('keeps %s exactly', (_what, value) => {
    const encoded = encodeValue(value);
    const decoded = through(value);
    expect(encodeValue(decoded)).toEqual(encoded);
  });

  it('keeps an integer and an integral float apart, and floats NaN and the infinities can hold', () => {
    expect(encodeValue(1)).toBe(1);
    expect(encodeValue(1, true)).toEqual({ $float: 1 });
    expect(neo4j.isInt(decodeValue(1))).toBe(true);
    expect(decodeValue({ $float: 1 })).toBe(1);
    expect(encodeValue([0.5, 2], true)).toEqual([{ $float: 0.5 }, { $float: 2 }]);
    expect(Number.isNaN(through(Number.NaN, true))).toBe(true);
    expect(through(-Infinity, true)).toBe(-Infinity);
  });

  it('refuses what it cannot write exactly, rather than rounding it', () => {
    expect(() => encodeValue(neo4j.int('9007199254740993'))).toThrow(UnsupportedValueError);
    expect(() => encodeValue({ nested: 'map' })).toThrow(UnsupportedValueError);
    expect(() => encodeValue(null)).toThrow(UnsupportedValueError);
  });

  it('refuses malformed values in a dump', () => {
    for (const bad of [
      1.5,
      null,
      { $float: 'one' },
      { $unknown: 1 },
      { $date: { year: 2025, month: 7 } },
      { $date: { year: 2025, month: 7, day: 1.5 } },
      { $float: 1, $date: {} },
      {},
      {
        $datetime: { year: 2025, month: 1, day: 1, hour: 0, minute: 0, second: 0, nanosecond: 0, zoneId: 3 },
      },
    ]) {
      expect(() => decodeValue(bad), JSON.stringify(bad)).toThrow(MalformedValueError);
    }
    expect(() => decodeProperties([1])).toThrow(MalformedValueError);
  });

  it('writes properties with sorted keys, so equal nodes encode to equal text', () => {
    expect(Object.keys(encodeProperties({ b: 1, a: 2, c: 0.5 }, ['c']))).toEqual(['a', 'b', 'c']);
  });
});

describe('graph checksum', () => {
  const person: NodeContent = { labels: ['Entity', 'Person'], properties: { id: 'p/1', name: 'Kim' } };
  const article: NodeContent = { labels: ['Article'], properties: { id: 'a/1', words: 300 } };
  const build = (
    nodes: NodeContent[],
    relationships: [type: string, from: number, to: number, properties?: Record<string, never>][],
  ): string => {
    const digest = new GraphDigest();
    const hashes = nodes.map((n) => digest.addNode(n));
    for (const [type, from, to, properties = {}] of relationships) {
      digest.addRelationship({ type, properties }, hashes[from] ?? '', hashes[to] ?? '');
    }
    return digest.value();
  };
  const base = build([person, article], [['MENTIONED_IN', 0, 1]]);

  it('does not depend on the order things are read in, nor on the order of labels', () => {
    expect(build([article, person], [['MENTIONED_IN', 1, 0]])).toBe(base);
    expect(build([{ ...person, labels: ['Person', 'Entity'] }, article], [['MENTIONED_IN', 0, 1]])).toBe(
      base,
    );
    expect(base).toMatch(/^sha256-multiset:[0-9a-f]{64}$/);
  });

  it('changes with any label, value, value type, relationship type or direction', () => {
    const variants = [
      build([{ ...person, labels: ['Entity', 'Place'] }, article], [['MENTIONED_IN', 0, 1]]),
      build([{ ...person, properties: { id: 'p/1', name: 'Kim ' } }, article], [['MENTIONED_IN', 0, 1]]),
      build(
        [person, { ...article, properties: { id: 'a/1', words: { $float: 300 } } }],
        [['MENTIONED_IN', 0, 1]],
      ),
      build([person, article], [['MET', 0, 1]]),
      build([person, article], [['MENTIONED_IN', 1, 0]]),
      build([person, article], []),
      build(
        [person, article],
        [
          ['MENTIONED_IN', 0, 1],
          ['MENTIONED_IN', 0, 1],
        ],
      ),
      build([person, article, article], [['MENTIONED_IN', 0, 1]]),
    ];
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
  });
});
