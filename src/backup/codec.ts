import neo4j from 'neo4j-driver';

/**
 * Property values as JSON and back, without losing what Neo4j knows about them. Plain JSON covers strings,
 * booleans and integers (a JSON number in a dump is always an INTEGER); everything JSON would blur is a one-key
 * object naming its type: `{"$float": 1}` (so 1.0 stays a FLOAT), `{"$datetime": {...}}` and the other
 * temporals as their components (nanoseconds and zone ids survive), `{"$point": {...}}`, `{"$bytes": base64}`.
 * Neo4j properties are never maps, so any object in a dump is one of these.
 *
 * The driver hands integers and floats over as the same JS number (`disableLosslessIntegers`), so the caller
 * says which keys hold floats (Cypher's `valueType()` knows); an integer beyond ±2^53 cannot be told apart from
 * its neighbours and is refused rather than rounded.
 */

export type Encoded = string | number | boolean | Encoded[] | { [tag: string]: unknown };

export class UnsupportedValueError extends Error {
  override name = 'UnsupportedValueError';
}

const num = (value: unknown): number => (neo4j.isInt(value) ? value.toNumber() : Number(value));

/** One property value as stored JSON; `float` marks a FLOAT (or a list of them). */
export function encodeValue(value: unknown, float = false): Encoded {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || neo4j.isInt(value)) {
    if (float) return { $float: encodeFloat(num(value)) };
    const n = num(value);
    if (!Number.isSafeInteger(n)) throw new UnsupportedValueError(`integer ${String(value)} is beyond ±2^53`);
    return n;
  }
  if (Array.isArray(value)) return value.map((item) => encodeValue(item, float));
  if (value instanceof Int8Array || value instanceof Uint8Array) {
    return { $bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  }
  if (neo4j.isDateTime(value)) {
    const zone =
      value.timeZoneId != null
        ? { zoneId: value.timeZoneId }
        : { offsetSeconds: num(value.timeZoneOffsetSeconds) };
    return { $datetime: { ...dateParts(value), ...timeParts(value), ...zone } };
  }
  if (neo4j.isLocalDateTime(value)) return { $localdatetime: { ...dateParts(value), ...timeParts(value) } };
  if (neo4j.isDate(value)) return { $date: dateParts(value) };
  if (neo4j.isTime(value)) {
    return { $time: { ...timeParts(value), offsetSeconds: num(value.timeZoneOffsetSeconds) } };
  }
  if (neo4j.isLocalTime(value)) return { $localtime: timeParts(value) };
  if (neo4j.isDuration(value)) {
    return {
      $duration: {
        months: num(value.months),
        days: num(value.days),
        seconds: num(value.seconds),
        nanoseconds: num(value.nanoseconds),
      },
    };
  }
  if (neo4j.isPoint(value)) {
    const z = value.z === undefined ? {} : { z: value.z };
    return { $point: { srid: num(value.srid), x: value.x, y: value.y, ...z } };
  }
  throw new UnsupportedValueError(`no encoding for a property value of type ${describe(value)}`);
}

/** NaN and the infinities are FLOATs Neo4j can store and JSON cannot write. */
function encodeFloat(n: number): number | string {
  return Number.isFinite(n) ? n : String(n);
}

interface DateLike {
  year: unknown;
  month: unknown;
  day: unknown;
}
interface TimeLike {
  hour: unknown;
  minute: unknown;
  second: unknown;
  nanosecond: unknown;
}
const dateParts = (v: DateLike) => ({ year: num(v.year), month: num(v.month), day: num(v.day) });
const timeParts = (v: TimeLike) => ({
  hour: num(v.hour),
  minute: num(v.minute),
  second: num(v.second),
  nanosecond: num(v.nanosecond),
});

const describe = (value: unknown): string =>
  value === null ? 'null' : typeof value === 'object' ? value.constructor.name : typeof value;

export class MalformedValueError extends Error {
  override name = 'MalformedValueError';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function field(parts: unknown, name: string): number {
  const value = isRecord(parts) ? parts[name] : undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new MalformedValueError(`"${name}" must be an integer, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** The driver value a stored JSON value stands for, ready to be sent as a query parameter. */
export function decodeValue(value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value))
      throw new MalformedValueError(`${value} is not an integer; floats are tagged`);
    return neo4j.int(value);
  }
  if (Array.isArray(value)) return value.map(decodeValue);
  if (!isRecord(value)) throw new MalformedValueError(`not a property value: ${JSON.stringify(value)}`);
  const entries = Object.entries(value);
  const [tag, parts] = entries[0] ?? [];
  if (entries.length !== 1 || tag === undefined) {
    throw new MalformedValueError(`a typed value has exactly one $tag: ${JSON.stringify(value)}`);
  }
  const f = (name: string): number => field(parts, name);
  const int = (name: string) => neo4j.int(f(name));
  // LocalDateTime and DateTime take the same seven fields first.
  const dateAndTime = () =>
    [
      int('year'),
      int('month'),
      int('day'),
      int('hour'),
      int('minute'),
      int('second'),
      int('nanosecond'),
    ] as const;
  switch (tag) {
    case '$float':
      if (typeof parts === 'number') return parts;
      if (parts === 'NaN' || parts === 'Infinity' || parts === '-Infinity') return Number(parts);
      throw new MalformedValueError(`$float must be a number, got ${JSON.stringify(parts)}`);
    case '$bytes':
      if (typeof parts !== 'string') throw new MalformedValueError('$bytes must be base64 text');
      return Buffer.from(parts, 'base64');
    case '$date':
      return new neo4j.types.Date(int('year'), int('month'), int('day'));
    case '$localtime':
      return new neo4j.types.LocalTime(int('hour'), int('minute'), int('second'), int('nanosecond'));
    case '$time':
      return new neo4j.types.Time(
        int('hour'),
        int('minute'),
        int('second'),
        int('nanosecond'),
        int('offsetSeconds'),
      );
    case '$localdatetime':
      return new neo4j.types.LocalDateTime(...dateAndTime());
    case '$datetime': {
      const zoneId = isRecord(parts) ? parts.zoneId : undefined;
      if (zoneId !== undefined && typeof zoneId !== 'string') {
        throw new MalformedValueError('$datetime zoneId must be text');
      }
      return new neo4j.types.DateTime(
        ...dateAndTime(),
        zoneId === undefined ? int('offsetSeconds') : undefined,
        zoneId ?? null,
      );
    }
    case '$duration':
      return new neo4j.types.Duration(int('months'), int('days'), int('seconds'), int('nanoseconds'));
    case '$point': {
      const p = parts as Record<string, unknown>;
      const coordinate = (name: string): number => {
        const c = p[name];
        if (typeof c !== 'number') throw new MalformedValueError(`$point.${name} must be a number`);
        return c;
      };
      return new neo4j.types.Point(
        int('srid'),
        coordinate('x'),
        coordinate('y'),
        p.z === undefined ? undefined : coordinate('z'),
      );
    }
    default:
      throw new MalformedValueError(`unknown value tag ${tag}`);
  }
}

/** A node's or relationship's properties, encoded; `floatKeys` names the FLOAT-valued ones. */
export function encodeProperties(
  properties: Record<string, unknown>,
  floatKeys: readonly string[] = [],
): Record<string, Encoded> {
  const floats = new Set(floatKeys);
  const out: Record<string, Encoded> = {};
  for (const key of Object.keys(properties).sort()) {
    out[key] = encodeValue(properties[key], floats.has(key));
  }
  return out;
}

export function decodeProperties(properties: unknown): Record<string, unknown> {
  if (!isRecord(properties)) throw new MalformedValueError('properties must be an object');
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, decodeValue(v)]));
}
