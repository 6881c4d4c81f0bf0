import { GraphQLScalarType, Kind } from 'graphql';
import {
  GraphQLDate,
  GraphQLDateTime,
  GraphQLNonEmptyString,
  GraphQLNonNegativeInt,
  GraphQLPositiveInt,
  GraphQLURL,
} from 'graphql-scalars';

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for `YYYY`, `YYYY-MM` or a real calendar day `YYYY-MM-DD` (no 2025-02-30). */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  if (m[3] === undefined) return true;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

function parsePartialDate(value: unknown): string {
  if (typeof value !== 'string' || !isPartialDate(value)) {
    throw new TypeError(`PartialDate must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * Sources state dates as precisely as they know them ("in November 2024", "on June 17"), so the API keeps
 * that precision instead of inventing a day. graphql-scalars has no such type; this is the one custom scalar.
 */
export const GraphQLPartialDate = new GraphQLScalarType<string, string>({
  name: 'PartialDate',
  description: 'A date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD.',
  serialize: parsePartialDate,
  parseValue: parsePartialDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new TypeError('PartialDate must be a string');
    return parsePartialDate(ast.value);
  },
});

/** Scalar implementations by schema name, for the resolver map. */
export const scalarResolvers = {
  DateTime: GraphQLDateTime,
  Date: GraphQLDate,
  URL: GraphQLURL,
  NonEmptyString: GraphQLNonEmptyString,
  PositiveInt: GraphQLPositiveInt,
  NonNegativeInt: GraphQLNonNegativeInt,
  PartialDate: GraphQLPartialDate,
};
