import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { badInput, notFound } from '../../errors.js';
import type { EntityKind } from '../../graph/relation-types.js';
import {
  AGREEMENT_STATUSES,
  DATE_PRECISIONS,
  ID_PREFIX,
  ORG_TYPES,
  PLACE_TYPES,
  ROUTE_MODES,
  ROUTE_STATUSES,
} from '../../ingest/curated-schema.js';
import { nameKey } from '../../ingest/names.js';
import { upsertEntities, type PropValue } from '../../ingest/write.js';
import type { WriteTx } from '../../neo4j/db.js';
import type { DatePrecision } from '../enums.js';
import type { EntityRow } from '../rows.js';
import { precisionOf } from '../rows.js';
import { isPartialDate } from '../scalars.js';
import {
  entityRowOf,
  lockEntities,
  readEntity,
  writeNames,
  type CurationDeps,
  type StoredEntity,
} from './shared.js';

/**
 * Creating, updating and naming entities. Ids are `<kind prefix><slug of the name>-<8 random hex>`: readable,
 * but never derived from the name alone, so two people of the same name stay two entities.
 */

export function slugOf(name: string): string {
  const slug = nameKey(name)
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug;
}

/** A fresh entity id such as `person/oleg-panteleev-3f9a0c12`. */
export function newEntityId(kind: EntityKind, name: string): string {
  const slug = slugOf(name) || kind.toLowerCase();
  return `${ID_PREFIX[kind]}${slug}-${randomBytes(4).toString('hex')}`;
}

// ----- kind facts -----------------------------------------------------------------------------------------

export interface TimePointValue {
  date: string;
  precision?: DatePrecision | null | undefined;
}

/**
 * The entity as an editor sends it (stored enum values: the schema translates GraphQL names). `undefined`
 * leaves a stored value as it is; `null` clears it.
 */
export interface EntityInput {
  id?: string | null | undefined;
  kind: EntityKind;
  name: string;
  aliases?: readonly string[] | null | undefined;
  description?: string | null | undefined;
  nationality?: string | null | undefined;
  orgType?: string | null | undefined;
  placeType?: string | null | undefined;
  mode?: string | null | undefined;
  routeStatus?: string | null | undefined;
  frequency?: string | null | undefined;
  firstService?: TimePointValue | null | undefined;
  agreementKind?: string | null | undefined;
  agreementStatus?: string | null | undefined;
  eventType?: string | null | undefined;
  date?: TimePointValue | null | undefined;
}

/** Which input fields each kind takes. Anything else given for a kind is a mistake worth reporting. */
const KIND_FIELDS: Readonly<Record<EntityKind, readonly (keyof EntityInput)[]>> = {
  Person: ['nationality'],
  Organisation: ['orgType'],
  Place: ['placeType'],
  Route: ['mode', 'routeStatus', 'frequency', 'firstService'],
  Agreement: ['agreementKind', 'agreementStatus', 'date'],
  Event: ['eventType', 'date'],
};
const ALL_KIND_FIELDS = [...new Set(Object.values(KIND_FIELDS).flat())];

const optionalText = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v === '' ? null : v));
const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = { year: 0, month: 1, day: 2 };

/** A date with a precision no finer than what is written (`2025` cannot be day-precise). */
const timePoint = z
  .object({
    date: z.string().refine(isPartialDate, 'not a calendar date'),
    precision: z.enum(DATE_PRECISIONS).nullish(),
  })
  .nullish()
  .superRefine((v, ctx) => {
    if (v?.precision && PRECISION_RANK[v.precision] > PRECISION_RANK[precisionOf(v.date)]) {
      ctx.addIssue({
        code: 'custom',
        message: `precision ${v.precision} is finer than the date "${v.date}"`,
      });
    }
  });

/** The kind facts as validated input (the enums are the ones the curated graph uses). */
const kindFactsSchema = z.object({
  nationality: optionalText,
  orgType: z.enum(ORG_TYPES).nullish(),
  placeType: z.enum(PLACE_TYPES).nullish(),
  mode: z.enum(ROUTE_MODES).nullish(),
  routeStatus: z.enum(ROUTE_STATUSES).nullish(),
  frequency: optionalText,
  firstService: timePoint,
  agreementKind: optionalText,
  agreementStatus: z.enum(AGREEMENT_STATUSES).nullish(),
  eventType: optionalText,
  date: timePoint,
});

const datedProps = (
  dateKey: string,
  point: TimePointValue | null | undefined,
): Record<string, PropValue> | undefined => {
  if (point === undefined) return undefined;
  if (point === null) return { [dateKey]: null, datePrecision: null };
  return { [dateKey]: point.date, datePrecision: point.precision ?? precisionOf(point.date) };
};

/**
 * The stored properties for the kind facts the input gives (`null` values remove a property), after checking
 * that every given fact belongs to the kind. Throws BAD_USER_INPUT naming the problem.
 */
export function kindFactProps(input: EntityInput): Record<string, PropValue> {
  const allowed = KIND_FIELDS[input.kind];
  const misplaced = ALL_KIND_FIELDS.filter(
    (f) => !allowed.includes(f) && input[f] !== undefined && input[f] !== null,
  );
  if (misplaced.length > 0) {
    throw badInput(
      `${misplaced.join(', ')} ${misplaced.length === 1 ? 'does' : 'do'} not apply to a ${input.kind}`,
      {
        fields: misplaced,
      },
    );
  }
  const given = Object.fromEntries(allowed.filter((f) => input[f] !== undefined).map((f) => [f, input[f]]));
  const parsed = kindFactsSchema.partial().safeParse(given);
  if (!parsed.success) {
    throw badInput(
      `Invalid entity facts: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const f = parsed.data;
  const props: Record<string, PropValue | undefined> = {
    nationality: f.nationality,
    orgType: f.orgType,
    placeType: f.placeType,
    mode: f.mode,
    status: input.kind === 'Route' ? f.routeStatus : f.agreementStatus,
    frequency: f.frequency,
    agreementKind: f.agreementKind,
    eventType: f.eventType,
    ...datedProps('firstServiceDate', f.firstService),
    ...datedProps('date', f.date),
  };
  return Object.fromEntries(
    Object.entries(props).filter((e): e is [string, PropValue] => e[1] !== undefined),
  );
}

const cleanNames = (names: readonly string[]): string[] => names.map((n) => n.trim()).filter(Boolean);

// ----- mutations ------------------------------------------------------------------------------------------

/**
 * Creates an entity (no `id`: a fresh id every call, so creating is NOT idempotent: repeat with the returned id
 * to update instead) or updates one by id (idempotent; NOT_FOUND if unknown; the kind cannot change). Given
 * fields replace stored ones, omitted ones stay, `null` clears; names are only ever added (the old name stays
 * an alias).
 */
export async function upsertEntity(deps: CurationDeps, input: EntityInput): Promise<EntityRow> {
  const name = input.name.trim();
  if (name === '') throw badInput('"name" must not be blank', { argument: 'name' });
  const facts = kindFactProps(input);
  const id = input.id ?? newEntityId(input.kind, name);
  const stored = await deps.db.writeTransaction('curation/upsert-entity', async (tx) => {
    let existing: StoredEntity | null = null;
    if (input.id) {
      await lockEntities(tx, [input.id]);
      existing = await readEntity(tx, input.id);
      if (!existing) throw notFound('Entity', input.id);
      if (existing.kind !== input.kind) {
        throw badInput(`The kind of an entity cannot change (${input.id} is a ${existing.kind})`, {
          argument: 'kind',
        });
      }
    }
    const description =
      input.description === undefined ? (existing?.description ?? null) : input.description?.trim() || null;
    await upsertEntities(tx, [
      {
        id,
        kind: input.kind,
        name,
        aliases: cleanNames([...(existing?.aliases ?? []), name, ...(input.aliases ?? [])]),
        standaloneAliases: existing?.standaloneAliases ?? [],
        description,
        props: facts,
      },
    ]);
    return readEntity(tx, id);
  });
  if (!stored) throw new Error(`Entity ${id} was written but could not be read back`);
  deps.linkerCache?.invalidate();
  return entityRowOf(deps, stored);
}

/** Adds a name to an entity. Idempotent: a name it already has (exactly as spelt) changes nothing. */
export async function addAlias(deps: CurationDeps, entityId: string, alias: string): Promise<EntityRow> {
  const name = alias.trim();
  if (name === '') throw badInput('"alias" must not be blank', { argument: 'alias' });
  const { stored, changed } = await deps.db.writeTransaction('curation/add-alias', async (tx) => {
    await lockEntities(tx, [entityId]);
    const entity = await readEntity(tx, entityId);
    if (!entity) throw notFound('Entity', entityId);
    if (entity.aliases.includes(name)) return { stored: entity, changed: false };
    return {
      stored: await writeNames(tx, entity, [...entity.aliases, name], entity.standaloneAliases),
      changed: true,
    };
  });
  if (changed) deps.linkerCache?.invalidate();
  return entityRowOf(deps, stored);
}

/** Adds names to an entity inside a caller's transaction (candidate resolution). */
export async function addNamesTx(
  tx: WriteTx,
  entity: StoredEntity,
  names: readonly string[],
): Promise<StoredEntity> {
  const missing = cleanNames(names).filter((n) => !entity.aliases.includes(n));
  if (missing.length === 0) return entity;
  return writeNames(tx, entity, [...entity.aliases, ...missing], entity.standaloneAliases);
}
