import { ENTITY_KINDS, RELATION_TYPES, type EntityKind, type RelationType } from './relation-types.js';

const kinds: ReadonlySet<string> = new Set(ENTITY_KINDS);
const types: ReadonlySet<string> = new Set(RELATION_TYPES);

export const isEntityKind = (value: string): value is EntityKind => kinds.has(value);
export const isRelationType = (value: string): value is RelationType => types.has(value);

/**
 * Labels and relationship types are the only parts of a statement that cannot be parameters in the
 * usual way, so every one is checked against the allow-list before it reaches Cypher.
 */
export function assertEntityKind(value: string): asserts value is EntityKind {
  if (!isEntityKind(value)) throw new Error(`Unknown entity kind "${value}"`);
}

export function assertRelationType(value: string): asserts value is RelationType {
  if (!isRelationType(value)) throw new Error(`Unknown relationship type "${value}"`);
}
