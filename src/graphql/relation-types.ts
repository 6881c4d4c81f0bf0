import { isRelationType } from '../graph/allow-list.js';
import { RELATION_TYPES, type RelationType } from '../graph/relation-types.js';
import { badInput } from '../errors.js';

/**
 * The relationship types a statement may match, as a parameter list for `type(r) IN $types`. Types never
 * reach Cypher text. Omitted or empty means every allow-listed type (never MENTIONED_IN, EVIDENCED_BY, ...).
 * The GraphQL enum already restricts values; the check here guards callers that are not GraphQL.
 */
export function relationTypesParam(types: readonly string[] | null | undefined): RelationType[] {
  if (!types || types.length === 0) return [...RELATION_TYPES];
  const checked: RelationType[] = [];
  for (const t of new Set(types)) {
    if (!isRelationType(t)) throw badInput(`Unknown relationship type "${t}"`, { argument: 'types' });
    checked.push(t);
  }
  return checked;
}
