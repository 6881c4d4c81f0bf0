import neo4j, { type Integer } from 'neo4j-driver';
import type { PageArgs } from './pagination.js';

/**
 * JavaScript numbers reach Cypher as floats, and LIMIT (and list slices) reject `20.0`. Every count or offset
 * parameter goes through here.
 */
export const int = (n: number): Integer => neo4j.int(n);

export const pageParams = (page: PageArgs): { offset: Integer; first: Integer } => ({
  offset: int(page.offset),
  first: int(page.first),
});
