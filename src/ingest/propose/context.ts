/**
 * The propose stage's view of the graph, built from what analysis already has: an entity's kind from its id
 * (every id starts with its kind's prefix, docs/design.md) and the entity a name links to, from the linker.
 */
import { ENTITY_KINDS, type EntityKind } from '../../graph/relation-types.js';
import { ID_PREFIX } from '../curated-schema.js';
import type { Linker } from '../linker.js';
import type { ProposeContext } from './frame.js';

export function kindOfEntityId(id: string): EntityKind | null {
  return ENTITY_KINDS.find((kind) => id.startsWith(ID_PREFIX[kind])) ?? null;
}

export function proposeContext(linker: Linker): ProposeContext {
  const cache = new Map<string, ReturnType<ProposeContext['lookup']>>();
  return {
    kindOf: kindOfEntityId,
    lookup(name) {
      const cached = cache.get(name);
      if (cached !== undefined) return cached;
      const [mention, ...more] = linker.link(name, [{ index: 0, start: 0, end: name.length, text: name }]);
      const kind = mention ? kindOfEntityId(mention.entityId) : null;
      const found =
        mention && kind && more.length === 0 && mention.start === 0 && mention.end === name.length
          ? { type: 'entity' as const, entityId: mention.entityId, kind, name }
          : null;
      cache.set(name, found);
      return found;
    },
  };
}
