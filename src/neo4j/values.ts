import neo4j from 'neo4j-driver';

/**
 * Turns driver values into plain JSON-like data at the boundary: integers become numbers (every count and
 * offset here is far below 2^53), temporals their ISO-8601 text, nodes and relationships their properties.
 * A list or map whose values need no change comes back as it is, not copied: statements return map
 * projections of text and numbers, and copying every record (an entity page is ~40 KB of them) only fed the
 * garbage collector.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are text and numbers: they skip the driver's type checks, which cost on every value of a row.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return plainList(value);
  // The driver builds maps as object literals; its own types (Integer, temporals, Node…) are class instances.
  if (Object.getPrototypeOf(value) === Object.prototype)
    return plainMap(value as Record<string, unknown>, false);
  if (neo4j.isInt(value)) return value.toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  return plainMap(value as Record<string, unknown>, true);
}

/** The list itself when no item changes, else a copy with the changed items. */
function plainList(list: readonly unknown[]): unknown[] {
  let out: unknown[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const plain = toPlain(item);
    if (plain !== item) {
      out ??= list.slice();
      out[i] = plain;
    }
  }
  return out ?? (list as unknown[]);
}

/** The map itself when no value changes and no copy is asked for (`copy`: it is not an object literal). */
function plainMap(map: Record<string, unknown>, copy: boolean): Record<string, unknown> {
  let out: Record<string, unknown> | undefined = copy ? {} : undefined;
  for (const key of Object.keys(map)) {
    const item = map[key];
    const plain = toPlain(item);
    if (out === undefined && plain !== item) out = { ...map };
    if (out !== undefined) out[key] = plain;
  }
  return out ?? map;
}

export type Row = Record<string, unknown>;
