import { createHash } from 'node:crypto';
import { AppError, badInput, notFound } from '../../errors.js';
import { assertRelationType } from '../../graph/allow-list.js';
import type { RelationType } from '../../graph/relation-types.js';
import { EvidenceNotFoundError, locateQuote, type LocatedArticle } from '../../ingest/curated.js';
import { RELATION_END_KINDS } from '../../ingest/curated-schema.js';
import { splitSentences } from '../../ingest/sentences.js';
import { resolveEntities } from '../../ingest/resolve-entities.js';
import { upsertRelations, type EvidenceRecord, type PropValue } from '../../ingest/write.js';
import { cypher } from '../../neo4j/catalogue.js';
import type { DatePrecision } from '../enums.js';
import { precisionOf, relationRow, type RelationRow } from '../rows.js';
import { type CurationDeps } from './shared.js';

/**
 * Adding a relationship between two entities, with its evidence. The id is derived from what the relationship
 * says (type, subject, object, role, time), so adding the same relationship again finds the same edge:
 * evidence is added to it (each quote once), a note replaces the old one, nothing is duplicated.
 */

const relationQ = cypher('curation/relation');

/** Evidence items per call; a relationship rarely has more than a few sources. */
export const MAX_EVIDENCE = 20;

export interface TimeSpanValue {
  at?: string | null | undefined;
  start?: string | null | undefined;
  end?: string | null | undefined;
  precision?: DatePrecision | null | undefined;
}

export interface RelationInput {
  type: RelationType;
  subjectId: string;
  objectId: string;
  role?: string | null | undefined;
  note?: string | null | undefined;
  time?: TimeSpanValue | null | undefined;
  evidence: readonly { articleId: string; quote: string }[];
}

const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = { year: 0, month: 1, day: 2 };

/** The time properties of a relationship, checked: a point or an interval, in order, at a possible precision. */
export function timeProps(time: TimeSpanValue | null | undefined): Record<string, string> {
  const at = time?.at ?? null;
  const start = time?.start ?? null;
  const end = time?.end ?? null;
  if (at !== null && (start !== null || end !== null)) {
    throw badInput('A relationship holds at a point (`at`) or over an interval (`start`/`end`), not both', {
      argument: 'time',
    });
  }
  if (start !== null && end !== null && end.slice(0, start.length) < start.slice(0, end.length)) {
    throw badInput(`The interval ends (${end}) before it starts (${start})`, { argument: 'time' });
  }
  const dates = [at, start, end].filter((d): d is string => d !== null);
  const first = dates[0];
  if (first === undefined) {
    if (time?.precision) throw badInput('A precision needs a date', { argument: 'time.precision' });
    return {};
  }
  const coarsest = dates.reduce<DatePrecision>(
    (p, d) => (PRECISION_RANK[precisionOf(d)] < PRECISION_RANK[p] ? precisionOf(d) : p),
    'day',
  );
  const precision = time?.precision ?? precisionOf(first);
  if (PRECISION_RANK[precision] > PRECISION_RANK[coarsest]) {
    throw badInput(`precision ${precision} is finer than the dates given`, { argument: 'time.precision' });
  }
  return {
    ...(at === null ? {} : { at }),
    ...(start === null ? {} : { start }),
    ...(end === null ? {} : { end }),
    precision,
  };
}

/** `rel/<type>-<16 hex>` from what the relationship states; the note and the evidence are not part of it. */
export function relationId(
  type: RelationType,
  subjectId: string,
  objectId: string,
  role: string | null,
  time: Record<string, string>,
): string {
  const identity = JSON.stringify([
    type,
    subjectId,
    objectId,
    role,
    time.at ?? null,
    time.start ?? null,
    time.end ?? null,
  ]);
  const hash = createHash('sha256').update(identity).digest('hex').slice(0, 16);
  return `rel/${type.toLowerCase().replace(/_/g, '-')}-${hash}`;
}

/** Checks the ends against the kinds each type connects (the same table the curated graph is checked with). */
function checkEndKinds(type: RelationType, subjectKind: string, objectKind: string): void {
  const ends = RELATION_END_KINDS[type];
  if (!ends) return;
  const [subjects, objects] = ends;
  const fits = (kinds: readonly string[], kind: string): boolean => kinds.includes(kind);
  if (!fits(subjects, subjectKind) || !fits(objects, objectKind)) {
    throw badInput(
      `${type} connects ${subjects.join('/')} to ${objects.join('/')}, not ${subjectKind} to ${objectKind}`,
      { argument: 'type' },
    );
  }
}

/** Locates each quote in its article (as the curated graph's evidence is located): sentence and offsets. */
async function locateEvidence(deps: CurationDeps, input: RelationInput): Promise<EvidenceRecord[]> {
  if (input.evidence.length === 0) {
    throw badInput('A relationship needs at least one piece of evidence', { argument: 'evidence' });
  }
  if (input.evidence.length > MAX_EVIDENCE) {
    throw new AppError(
      'LIMIT_EXCEEDED',
      `"evidence" must have at most ${MAX_EVIDENCE} items (got ${input.evidence.length})`,
      {
        argument: 'evidence',
        max: MAX_EVIDENCE,
      },
    );
  }
  const articleIds = [...new Set(input.evidence.map((e) => e.articleId))];
  const rows = await deps.loaders.articles.loadMany(articleIds);
  const located = new Map<string, LocatedArticle>();
  rows.forEach((row, i) => {
    const id = articleIds[i] ?? '';
    if (row instanceof Error) throw row;
    if (!row?.text) throw notFound('Article', id);
    located.set(id, { id, text: row.text, sentences: splitSentences(row.text) });
  });
  return input.evidence.map((e, i) => {
    try {
      return locateQuote(located, e.articleId, e.quote, `evidence[${i}]`);
    } catch (error) {
      if (error instanceof EvidenceNotFoundError) {
        throw badInput(`evidence[${i}]: the quote does not occur in the text of ${e.articleId}`, {
          argument: `evidence[${i}].quote`,
        });
      }
      throw error;
    }
  });
}

export async function addRelation(deps: CurationDeps, input: RelationInput): Promise<RelationRow> {
  assertRelationType(input.type);
  if (input.subjectId === input.objectId) {
    throw badInput('A relationship connects two different entities', { argument: 'objectId' });
  }
  const time = timeProps(input.time);
  const [subject, object] = await Promise.all([
    deps.loaders.entities.load(input.subjectId),
    deps.loaders.entities.load(input.objectId),
  ]);
  if (!subject) throw notFound('Entity', input.subjectId);
  if (!object) throw notFound('Entity', input.objectId);
  checkEndKinds(input.type, subject.kind, object.kind);
  const evidence = await locateEvidence(deps, input);

  const role = input.role?.trim() || null;
  const note = input.note?.trim() || null;
  const props: Record<string, PropValue> = { ...time, ...(role ? { role } : {}), ...(note ? { note } : {}) };
  const rows = await deps.db.writeTransaction('curation/add-relation', async (tx) => {
    // An end merged away since it was looked up above is the entity it went into; the id is derived from the
    // ends as written, so adding the same relationship by either id later finds this edge.
    const ends = (await resolveEntities(tx, [input.subjectId, input.objectId])).requireAll();
    const subjectId = ends.id(input.subjectId);
    const objectId = ends.id(input.objectId);
    const id = relationId(input.type, subjectId, objectId, role, time);
    await upsertRelations(tx, [{ id, type: input.type, from: subjectId, to: objectId, props, evidence }]);
    return tx.run(relationQ, { id, type: input.type, subjectId, objectId });
  });
  const [row] = rows;
  if (!row) throw new Error('A relationship was written but could not be read back');
  return relationRow.parse(row);
}
