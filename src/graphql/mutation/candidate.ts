import { z } from 'zod';
import { AppError, badInput, notFound } from '../../errors.js';
import type { EntityKind } from '../../graph/relation-types.js';
import { splitSentences, sentenceIndexAt, type Sentence } from '../../ingest/sentences.js';
import { resolveEntities } from '../../ingest/resolve-entities.js';
import { upsertEntities, type MentionRecord } from '../../ingest/write.js';
import { addMentions } from '../../ingest/write-articles.js';
import { cypher } from '../../neo4j/catalogue.js';
import type { WriteTx } from '../../neo4j/db.js';
import type { CandidateStatusValue } from '../enums.js';
import { candidateRow, type CandidateRow, type EntityRow } from '../rows.js';
import { addNamesTx, newEntityId } from './entity.js';
import {
  entityRowOf,
  lockEntities,
  readEntity,
  single,
  storedEntity,
  type CurationDeps,
  type StoredEntity,
} from './shared.js';

/**
 * Resolving a candidate name: either a new entity named by it, or another name of an existing entity. Either
 * way the places the name was seen become mentions of that entity (as if the linker had found them), and the
 * candidate records the resolution; its sightings stay, as the trail of where the name came from. Resolving a
 * candidate again the same way returns the same resolution; resolving it differently is a CONFLICT.
 */

const candidateQ = cypher('curation/candidate');
const resolveCandidateQ = cypher('curation/resolve-candidate');
const candidatesByIdsQ = cypher('curation/candidates-by-ids');

const candidateState = z.object({
  candidate: z.object({
    id: z.string(),
    name: z.string(),
    status: z
      .string()
      .nullish()
      .transform((v) => v ?? 'pending'),
    resolvedToId: z
      .string()
      .nullish()
      .transform((v) => v ?? null),
  }),
  sightings: z.array(
    z.object({
      articleId: z.string(),
      start: z.number().int(),
      end: z.number().int(),
    }),
  ),
  articles: z.array(z.object({ id: z.string(), text: z.string() })),
});
type CandidateState = z.infer<typeof candidateState>;

export type Resolution =
  { asNewEntity: { kind: EntityKind; name?: string | null | undefined } } | { asAliasOf: string };

export interface ResolutionValue {
  candidate: CandidateRow;
  entity: EntityRow;
}

/** Exactly one of the two ways to resolve, or BAD_USER_INPUT. */
export function resolutionOf(
  asNewEntity: { kind: EntityKind; name?: string | null | undefined } | null | undefined,
  asAliasOf: string | null | undefined,
): Resolution {
  if (asNewEntity && !asAliasOf) return { asNewEntity };
  if (asAliasOf && !asNewEntity) return { asAliasOf };
  throw badInput('Give exactly one of "asNewEntity" and "asAliasOf"', { argument: 'asNewEntity' });
}

/** The candidate's sightings as mentions of `entityId`, with sentences taken from the article texts. */
export function sightingMentions(state: CandidateState, entityId: string): Map<string, MentionRecord[]> {
  const texts = new Map(state.articles.map((a) => [a.id, a.text]));
  const sentenceCache = new Map<string, Sentence[]>();
  const byArticle = new Map<string, MentionRecord[]>();
  for (const s of state.sightings) {
    const text = texts.get(s.articleId);
    if (text === undefined || s.end > text.length) continue;
    let sentences = sentenceCache.get(s.articleId);
    if (!sentences) {
      sentences = splitSentences(text);
      sentenceCache.set(s.articleId, sentences);
    }
    const index = sentenceIndexAt(sentences, s.start);
    const sentence = sentences[index];
    if (!sentence) continue;
    const mentions = byArticle.get(s.articleId) ?? [];
    mentions.push({
      entityId,
      via: 'name',
      surface: text.slice(s.start, s.end),
      start: s.start,
      end: s.end,
      sentence: sentence.text,
      sentenceIndex: index,
      sentenceStart: sentence.start,
    });
    byArticle.set(s.articleId, mentions);
  }
  return byArticle;
}

async function createEntity(
  tx: WriteTx,
  kind: EntityKind,
  name: string,
  alias: string,
): Promise<StoredEntity> {
  const id = newEntityId(kind, name);
  await upsertEntities(tx, [{ id, kind, name, aliases: [name, alias] }]);
  const entity = await readEntity(tx, id);
  if (!entity) throw new Error(`Entity ${id} was written but could not be read back`);
  return entity;
}

export async function resolveCandidate(
  deps: CurationDeps,
  candidateId: string,
  resolution: Resolution,
): Promise<ResolutionValue> {
  const wanted: CandidateStatusValue = 'asAliasOf' in resolution ? 'alias' : 'new_entity';
  const newName = 'asNewEntity' in resolution ? resolution.asNewEntity.name?.trim() : undefined;
  if (newName === '')
    throw badInput('"asNewEntity.name" must not be blank', { argument: 'asNewEntity.name' });
  const result = await deps.db.writeTransaction('curation/resolve-candidate', async (tx) => {
    // The entity before the candidate: ingests lock entities before the candidates they propose.
    if ('asAliasOf' in resolution) await lockEntities(tx, [resolution.asAliasOf]);
    const [raw] = await tx.run(candidateQ, { id: candidateId });
    if (!raw) throw notFound('Candidate', candidateId);
    const state = candidateState.parse(raw);
    const { candidate } = state;

    if (candidate.status !== 'pending') {
      const target = candidate.resolvedToId === null ? null : await readEntity(tx, candidate.resolvedToId);
      const same =
        target !== null &&
        candidate.status === wanted &&
        ('asAliasOf' in resolution
          ? resolution.asAliasOf === target.id
          : resolution.asNewEntity.kind === target.kind);
      if (!same) {
        throw new AppError(
          'CONFLICT',
          `Candidate ${candidateId} is already resolved (${candidate.status}${candidate.resolvedToId ? ` → ${candidate.resolvedToId}` : ''})`,
          { id: candidateId, resolvedTo: candidate.resolvedToId },
        );
      }
      // The same resolution again: nothing to write, the answer is what the first call did.
      const row = single(await tx.run(candidatesByIdsQ, { ids: [candidateId] }), 'candidates-by-ids');
      return { candidate: row.candidate, entity: target, changed: false };
    }

    let entity: StoredEntity;
    if ('asAliasOf' in resolution) {
      // An entity merged away meanwhile is the one it went into: the name is another name of that one too.
      const target = (await resolveEntities(tx, [resolution.asAliasOf])).requireAll();
      entity = await addNamesTx(tx, storedEntity.parse(target.entity(resolution.asAliasOf)), [
        candidate.name,
      ]);
    } else {
      const { kind } = resolution.asNewEntity;
      entity = await createEntity(tx, kind, newName ?? candidate.name, candidate.name);
    }
    for (const [articleId, mentions] of sightingMentions(state, entity.id)) {
      await addMentions(tx, articleId, mentions);
    }
    const row = single(
      await tx.run(resolveCandidateQ, {
        id: candidateId,
        status: wanted,
        entityId: entity.id,
        by: deps.actor,
      }),
      'resolve-candidate',
    );
    return { candidate: row.candidate, entity, changed: true };
  });
  if (result.changed) deps.linkerCache?.invalidate();
  return { candidate: candidateRow.parse(result.candidate), entity: entityRowOf(deps, result.entity) };
}
