import type { GraphQLSchema } from 'graphql';
import { documents } from './documents.js';
import type { HostileCase } from './request.js';
import { cursors, cypherStrings, nulls, numbers } from './schema-arguments.js';
import { transport } from './transport.js';
import { callers, scalars, searchText, text } from './values.js';

export type { Expected, HostileCase } from './request.js';

/**
 * The hostile requests, as a table: what is sent and the one answer it must get. Families that depend on the
 * API's shape (every text and id argument, every page size, every defaulted argument) are generated from the
 * schema, so a new field is attacked without editing this file. None of them may change the graph: writes are
 * aimed at ids that do not exist, or refused before they run.
 */
export function hostileCases(
  schema: GraphQLSchema,
  limits: { maxPageSize: number; maxPathHops: number; maxArticleBytes: number },
): HostileCase[] {
  return [
    ...transport(),
    ...documents(),
    ...numbers(schema, limits),
    ...cursors(schema),
    ...nulls(schema),
    ...cypherStrings(schema),
    ...searchText(),
    ...scalars(),
    ...text(limits.maxArticleBytes),
    ...callers(),
  ];
}
