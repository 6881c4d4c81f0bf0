import type { Config } from '../config.js';
import { AppError } from '../errors.js';

/** Neighbourhoods grow with the degree to the power of the depth; three hops is already most of this graph. */
export const MAX_NEIGHBOURHOOD_DEPTH = 3;

/**
 * Caps are enforced, never applied silently: a client asking for 500 items and getting 100 would think it
 * had everything. The message names the argument and the limit so the fix is obvious.
 */
function limitExceeded(argument: string, value: number, max: number): AppError {
  return new AppError('LIMIT_EXCEEDED', `"${argument}" must be at most ${max} (got ${value})`, {
    argument,
    max,
  });
}

/** A page size (`first`, `limit`) within `MAX_PAGE_SIZE`. */
export function checkPageSize(config: Config, value: number, argument = 'first'): number {
  if (value > config.limits.maxPageSize) throw limitExceeded(argument, value, config.limits.maxPageSize);
  return value;
}

/** A neighbourhood depth within `MAX_NEIGHBOURHOOD_DEPTH`. */
export function checkDepth(value: number): number {
  if (value > MAX_NEIGHBOURHOOD_DEPTH) throw limitExceeded('depth', value, MAX_NEIGHBOURHOOD_DEPTH);
  return value;
}

/** A path length within `MAX_PATH_HOPS` (itself at most 6, the literal bound in graph/paths.cypher). */
export function checkHops(config: Config, value: number): number {
  if (value > config.limits.maxPathHops) throw limitExceeded('maxHops', value, config.limits.maxPathHops);
  return value;
}
