import { GraphQLScalarType, Kind, print, type ValueNode } from 'graphql';
import {
  GraphQLDate,
  GraphQLDateTime,
  GraphQLNonEmptyString,
  GraphQLNonNegativeInt,
  GraphQLPositiveInt,
  GraphQLURL,
} from 'graphql-scalars';

/** The schema's scalars: graphql-scalars where it is strict enough, stricter versions where it is not. */

/** A value as shown in an error message: JSON, cut short (an input may be a megabyte). */
const shown = (value: unknown): string => {
  // undefined for values JSON cannot show (a function, a symbol), which no request can send.
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) return typeof value;
  return json.length > 60 ? `${json.slice(0, 60)}…` : json;
};

// ----- PartialDate ------------------------------------------------------------------------------------------

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a month 01–12 and a day 01–31 (the form; see isPartialDate). */
export const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

const isLeapYear = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** A partial date that exists on the Gregorian calendar: `2024-02-29` does, `2025-02-29` and `2025-04-31` do not. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (day === undefined) return true;
  const m = Number(month);
  const days = m === 2 && isLeapYear(Number(year)) ? 29 : (DAYS_IN_MONTH[m - 1] ?? 0);
  return Number(day) <= days;
}

function partialDate(value: unknown): string {
  if (typeof value !== 'string') {
    throw new TypeError(`PartialDate must be a string such as "2025-07", got ${shown(value)}`);
  }
  if (!PARTIAL_DATE.test(value)) {
    throw new TypeError(`PartialDate must be YYYY, YYYY-MM or YYYY-MM-DD, got ${shown(value)}`);
  }
  if (!isPartialDate(value)) throw new TypeError(`PartialDate ${value} is not a day of the calendar`);
  return value;
}

/**
 * Sources state dates as precisely as they know them ("in November 2024", "on June 17"), so the API keeps
 * that precision instead of inventing a day. Inputs must be real calendar days; stored values are returned
 * as long as they have the form, so one odd value in the graph cannot fail a whole answer.
 */
export const GraphQLPartialDate = new GraphQLScalarType<string, string>({
  name: 'PartialDate',
  description: 'A date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD.',
  serialize: (value) => {
    if (typeof value !== 'string' || !PARTIAL_DATE.test(value)) {
      throw new TypeError(`PartialDate cannot represent ${shown(value)}`);
    }
    return value;
  },
  parseValue: partialDate,
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.STRING) {
      throw new TypeError(`PartialDate must be a string such as "2025-07", got ${print(ast)}`);
    }
    return partialDate(ast.value);
  },
});

// ----- PositiveInt, NonNegativeInt ----------------------------------------------------------------------------

/**
 * graphql-scalars' integer scalars coerce what they are given: a variable `"10"` becomes 10 and `10.5`
 * becomes 10. A page size the client did not write is a bug hidden, so these accept JSON integers only (and
 * integer literals), within JavaScript's safe range; serialising stays graphql-scalars'.
 */
function strictInteger(base: GraphQLScalarType, min: 0 | 1): GraphQLScalarType<number, number> {
  const what = min === 1 ? 'an integer greater than zero' : 'an integer of zero or more';
  const check = (value: unknown): number => {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min) return value;
    throw new TypeError(`${base.name} must be ${what} (a number without a fraction), got ${shown(value)}`);
  };
  return new GraphQLScalarType<number, number>({
    ...base.toConfig(),
    serialize: (value) => base.serialize(value) as number,
    parseValue: check,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.INT) throw new TypeError(`${base.name} must be ${what}, got ${print(ast)}`);
      return check(Number(ast.value));
    },
  });
}

export const GraphQLStrictPositiveInt = strictInteger(GraphQLPositiveInt, 1);
export const GraphQLStrictNonNegativeInt = strictInteger(GraphQLNonNegativeInt, 0);

// ----- URL ----------------------------------------------------------------------------------------------------

/** Longer addresses are not links a person shared; browsers and proxies commonly stop near here too. */
export const MAX_URL_LENGTH = 2048;

/**
 * RFC 3986 has no raw spaces or control characters in a URL. The WHATWG parser would accept them and store
 * something else than what was sent (tabs and line feeds dropped, a NUL or space percent-encoded), so they are
 * refused.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_IN_URL = /[\u0000-\u0020\u007F]/;

/** An absolute http or https address; anything else (javascript:, data:, file:, relative) is not a web page. */
export function isWebUrl(value: string): boolean {
  if (value.length > MAX_URL_LENGTH || NOT_IN_URL.test(value) || !URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'http:' || protocol === 'https:';
}

function webUrl(value: unknown): URL {
  if (typeof value !== 'string') {
    throw new TypeError(`URL must be a string such as "https://example.org/", got ${shown(value)}`);
  }
  if (value.length > MAX_URL_LENGTH) {
    throw new TypeError(`URL must be at most ${MAX_URL_LENGTH} characters (got ${value.length})`);
  }
  if (NOT_IN_URL.test(value)) {
    throw new TypeError(`URL must not contain spaces or control characters, got ${shown(value)}`);
  }
  if (!URL.canParse(value)) throw new TypeError(`URL must be an absolute address, got ${shown(value)}`);
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`URL must be an http or https address, got the scheme ${shown(url.protocol)}`);
  }
  return url;
}

/** Article addresses reach dashboards as links, so only http and https get in. */
export const GraphQLWebURL = new GraphQLScalarType<URL, string>({
  ...GraphQLURL.toConfig(),
  serialize: (value) => GraphQLURL.serialize(value) as string,
  parseValue: webUrl,
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.STRING) throw new TypeError(`URL must be a string, got ${print(ast)}`);
    return webUrl(ast.value);
  },
});

/**
 * Only a scalar's coercion goes to graphql-tools, which copies every property of what it is given onto the
 * SDL's type: a whole scalar would replace the description schema.graphql gives (the public contract) with
 * graphql-scalars' own.
 */
const coercion = (scalar: GraphQLScalarType) => ({
  serialize: scalar.serialize,
  parseValue: scalar.parseValue,
  parseLiteral: scalar.parseLiteral,
});

/** Scalar coercion by schema name, for the resolver map. */
export const scalarResolvers = {
  DateTime: coercion(GraphQLDateTime),
  Date: coercion(GraphQLDate),
  URL: coercion(GraphQLWebURL),
  NonEmptyString: coercion(GraphQLNonEmptyString),
  PositiveInt: coercion(GraphQLStrictPositiveInt),
  NonNegativeInt: coercion(GraphQLStrictNonNegativeInt),
  PartialDate: coercion(GraphQLPartialDate),
};
