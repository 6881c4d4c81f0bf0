import {
  GraphQLDate,
  GraphQLDateTime,
  GraphQLNonEmptyString,
  GraphQLNonNegativeInt,
  GraphQLPositiveInt,
  GraphQLURL,
  RegularExpression,
} from 'graphql-scalars';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a month 01–12 and a day 01–31. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Sources state dates as precisely as they know them ("in November 2024", "on June 17"), so the API keeps
 * that precision instead of inventing a day. graphql-scalars has no such type, but building it with its
 * RegularExpression class keeps every scalar on the same `graphql` instance as Apollo and graphql-tools
 * (a scalar class from a second copy of graphql fails its instanceof checks, as happens under Vite).
 */
export const GraphQLPartialDate = new RegularExpression('PartialDate', PARTIAL_DATE, {
  description: 'A date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD.',
  errorMessage: (_regex, value) =>
    `PartialDate must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`,
  stringOnly: true,
});

// RegularExpression tests `value.toString()`, so a JSON number (`2025`) would pass as a variable and reach
// resolvers as a number. A PartialDate is text: anything else is the caller's error.
const parseRegularValue = GraphQLPartialDate.parseValue.bind(GraphQLPartialDate);
GraphQLPartialDate.parseValue = (value: unknown): unknown => {
  if (typeof value !== 'string') {
    throw new TypeError(`PartialDate must be a string such as "2025-07", got ${JSON.stringify(value)}`);
  }
  return parseRegularValue(value);
};

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
