/**
 * Resolving a proposal's named ends into entities before it is accepted: a linked entity is taken as it is (the
 * accepting transaction resolves and locks it, following merges); a
 * candidate name becomes an entity the way `resolveCandidate` makes one (or is the entity it was already
 * resolved to). Whatever cannot be resolved is a CONFLICT that says why.
 */
import { AppError } from '../../errors.js';
import type { EntityKind } from '../../graph/relation-types.js';
import { candidateId } from '../../ingest/pipeline.js';
import type { NamedEnd, ProposalEnd } from '../../ingest/propose/index.js';
import { resolveCandidate } from '../mutation/candidate.js';
import type { CurationDeps } from '../mutation/shared.js';

export interface ResolvedEnd {
  id: string;
  kind: EntityKind;
  /** The entity was created to accept this proposal. */
  created: boolean;
}

const conflict = (message: string, details: Record<string, unknown>): AppError =>
  new AppError('CONFLICT', message, details);

export async function resolveNamedEnd(deps: CurationDeps, end: NamedEnd): Promise<ResolvedEnd> {
  // A linked entity is resolved inside the accepting transaction (resolveEntities), where a merged-away id
  // follows its merge record to the entity it went into.
  if (end.type === 'entity') return { id: end.entityId, kind: end.kind, created: false };
  const id = candidateId(end.candidateKey);
  const candidate = await deps.loaders.candidates.load(id);
  if (!candidate) throw conflict(`The candidate "${end.name}" no longer exists`, { candidateId: id });
  if (candidate.status !== 'pending') {
    const entity = candidate.resolvedToId ? await deps.loaders.entities.load(candidate.resolvedToId) : null;
    if (!entity) {
      throw conflict(`The candidate "${end.name}" was resolved to an entity that no longer exists`, {
        candidateId: id,
      });
    }
    return { id: entity.id, kind: entity.kind, created: false };
  }
  const { entity } = await resolveCandidate(deps, id, { asNewEntity: { kind: end.kind } });
  deps.loaders.candidates.clear(id);
  return { id: entity.id, kind: entity.kind, created: true };
}

/** Every named end of a proposal (the ends of described routes, events and agreements included), once each. */
export function namedEnds(ends: readonly (ProposalEnd | null)[]): NamedEnd[] {
  const all = ends.flatMap((e): NamedEnd[] => {
    if (!e) return [];
    return e.type === 'described' ? e.links.map((l) => l.end) : [e];
  });
  const seen = new Set<string>();
  return all.filter((e) => {
    const key = e.type === 'entity' ? `e:${e.entityId}` : `c:${e.candidateKey}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const namedKey = (e: NamedEnd): string =>
  e.type === 'entity' ? `e:${e.entityId}` : `c:${e.candidateKey}`;
