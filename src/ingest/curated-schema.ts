/**
 * The curated, hand-checked graph of the corpus (cypher/curated/graph.json): its zod schema, its
 * TypeScript types and the loader, which validates the shape and then the references between parts
 * (ids unique, every end an existing entity of a fitting kind, relation types in the allow-list).
 *
 * Evidence is checked against the article texts by test/unit/curated-graph.test.ts, which needs the
 * corpus; this module needs nothing but the file.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ENTITY_KINDS, RELATION_TYPES, type EntityKind, type RelationType } from '../graph/relation-types.js';
import { nameKey } from './names.js';

export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const ORG_TYPES = [
  'airline',
  'agency',
  'ministry',
  'media',
  'council',
  'government',
  'committee',
  'company',
  'think_tank',
  'railway',
  'postal',
  'military',
  'other',
] as const;
export const PLACE_TYPES = [
  'country',
  'city',
  'region',
  'airport',
  'station',
  'resort',
  'building',
  'zone',
  'other',
] as const;
export const ROUTE_MODES = ['air', 'rail', 'post'] as const;
export const ROUTE_STATUSES = ['proposed', 'operating', 'suspended', 'resumed'] as const;
export const AGREEMENT_STATUSES = ['signed', 'alleged', 'denied', 'alleged_denied', 'proposed'] as const;
export const STATEMENT_MODES = ['direct', 'indirect'] as const;

/** The id prefix of each kind: `person/oleg-panteleev-aviaport`, `org/kommersant`, ... */
export const ID_PREFIX: Readonly<Record<EntityKind, string>> = {
  Person: 'person/',
  Organisation: 'org/',
  Place: 'place/',
  Route: 'route/',
  Agreement: 'agreement/',
  Event: 'event/',
};

const slug = String.raw`[a-z0-9]+(?:-[a-z0-9]+)*`;
const entityId = z
  .string()
  .regex(
    new RegExp(String.raw`^(?:person|org|place|route|agreement|event)/${slug}$`),
    'expected <kind>/<slug>',
  );
const claimId = (prefix: string) =>
  z.string().regex(new RegExp(String.raw`^${prefix}/${slug}(?:/${slug})*$`), `expected ${prefix}/<slug>`);
/** ISO date with year, month or day precision. */
const isoPartial = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'expected YYYY, YYYY-MM or YYYY-MM-DD',
  );
const precision = z.enum(DATE_PRECISIONS);
const text = z.string().trim().min(1);
/** An article of the corpus, by file name. */
const articleFile = z.string().regex(/^[^/\\]+\.txt$/, 'expected an article file name');

const entityBase = {
  id: entityId,
  name: text,
  /** Every spelling of the name seen in the corpus, the canonical `name` included. */
  aliases: z.array(text).min(1),
  /**
   * Expressions the corpus uses for the entity that are not names: demonyms ("Russian"), descriptions
   * ("state civil aviation agency"), route and event phrases ("direct flights from Moscow"). Never
   * linked or keyed; evidence checks accept them as naming the entity.
   */
  references: z.array(text).min(1).optional(),
  /**
   * Single-token person aliases unambiguous enough to link without the full name in the same
   * article ("Putin"). Every other single-token person alias ("Kim", "Oleg") needs the full name.
   */
  standaloneAliases: z.array(text).min(1).optional(),
  description: text.optional(),
};

export const personSchema = z.strictObject({
  ...entityBase,
  kind: z.literal('Person'),
  nationality: text.optional(),
});
export const organisationSchema = z.strictObject({
  ...entityBase,
  kind: z.literal('Organisation'),
  orgType: z.enum(ORG_TYPES),
});
export const placeSchema = z.strictObject({
  ...entityBase,
  kind: z.literal('Place'),
  placeType: z.enum(PLACE_TYPES),
});
export const routeSchema = z.strictObject({
  ...entityBase,
  kind: z.literal('Route'),
  mode: z.enum(ROUTE_MODES),
  status: z.enum(ROUTE_STATUSES),
  /** As stated ("once a month"); disagreements live in facts. */
  frequency: text.optional(),
  firstServiceDate: isoPartial.optional(),
  datePrecision: precision.optional(),
});
export const agreementSchema = z.strictObject({
  ...entityBase,
  kind: z.literal('Agreement'),
  agreementKind: text,
  status: z.enum(AGREEMENT_STATUSES),
  date: isoPartial.optional(),
  datePrecision: precision.optional(),
});
export const eventSchema = z.strictObject({
  ...entityBase,
  kind: z.literal('Event'),
  eventType: text,
  date: isoPartial.optional(),
  datePrecision: precision.optional(),
});

export const curatedEntitySchema = z.discriminatedUnion('kind', [
  personSchema,
  organisationSchema,
  placeSchema,
  routeSchema,
  agreementSchema,
  eventSchema,
]);

/**
 * A reference the quoted sentence makes without a name ("The top Russian diplomat", "the route"),
 * resolved by the curator to `entity`, which `antecedent` (an exact quote from a nearby sentence of
 * the same article) names.
 */
export const corefSchema = z.strictObject({
  mention: text,
  entity: entityId,
  antecedent: text,
});

/** Where an article states a claim: `quote` is an exact substring of the article text (parse.ts). */
export const evidenceSchema = z.strictObject({
  article: articleFile,
  quote: text,
  coref: z.array(corefSchema).min(1).optional(),
});

const timed = {
  at: isoPartial.optional(),
  start: isoPartial.optional(),
  end: isoPartial.optional(),
  precision: precision.optional(),
};

export const curatedRelationSchema = z.strictObject({
  id: claimId('rel'),
  type: z.enum(RELATION_TYPES),
  subject: entityId,
  object: entityId,
  ...timed,
  role: text.optional(),
  note: text.optional(),
  evidence: z.array(evidenceSchema).min(1),
});

/** One (source article, value) claim about an attribute that sources may disagree on. */
export const curatedFactSchema = z.strictObject({
  id: claimId('fact'),
  subject: entityId,
  property: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'expected a camelCase property name'),
  value: text,
  valueText: text,
  precision: precision.optional(),
  note: text.optional(),
  evidence: z.array(evidenceSchema).min(1),
});

export const curatedStatementSchema = z.strictObject({
  id: claimId('stmt'),
  speaker: entityId,
  about: z.array(entityId).min(1),
  article: articleFile,
  /** The words said (direct) or reported (indirect), an exact substring of the article text. */
  quote: text,
  mode: z.enum(STATEMENT_MODES),
  date: isoPartial.optional(),
  precision: precision.optional(),
  note: text.optional(),
});

export const curatedGraphSchema = z.strictObject({
  about: text.optional(),
  entities: z.array(curatedEntitySchema).min(1),
  relations: z.array(curatedRelationSchema),
  facts: z.array(curatedFactSchema),
  statements: z.array(curatedStatementSchema),
});

export type CuratedEntity = z.infer<typeof curatedEntitySchema>;
export type CuratedPerson = z.infer<typeof personSchema>;
export type CuratedOrganisation = z.infer<typeof organisationSchema>;
export type CuratedPlace = z.infer<typeof placeSchema>;
export type CuratedRoute = z.infer<typeof routeSchema>;
export type CuratedAgreement = z.infer<typeof agreementSchema>;
export type CuratedEvent = z.infer<typeof eventSchema>;
export type Coref = z.infer<typeof corefSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type CuratedRelation = z.infer<typeof curatedRelationSchema>;
export type CuratedFact = z.infer<typeof curatedFactSchema>;
export type CuratedStatement = z.infer<typeof curatedStatementSchema>;
export type CuratedGraph = z.infer<typeof curatedGraphSchema>;

const P: EntityKind = 'Person';
const O: EntityKind = 'Organisation';
const L: EntityKind = 'Place';
const R: EntityKind = 'Route';
const A: EntityKind = 'Agreement';
const E: EntityKind = 'Event';
const ANY: readonly EntityKind[] = ENTITY_KINDS;

/**
 * Which kinds may stand at each end of a relation type (subject, object). A type without an entry
 * (added to the allow-list later) is not constrained.
 */
export const RELATION_END_KINDS: Partial<
  Readonly<Record<RelationType, readonly [readonly EntityKind[], readonly EntityKind[]]>>
> = {
  HOLDS_OFFICE: [[P], [O, L]],
  WORKS_FOR: [[P], [O]],
  MEMBER_OF: [[P, O, L], [O]],
  PART_OF: [
    [O, L],
    [O, L],
  ],
  LOCATED_IN: [[O, L, E], [L]],
  OPERATES: [[O], [R]],
  ORIGIN: [[R], [L]],
  DESTINATION: [[R], [L]],
  STOPS_AT: [[R], [L]],
  PROPOSED: [
    [P, O, L],
    [R, A, E],
  ],
  PROPOSED_TO: [
    [P, O, L],
    [P, O, L],
  ],
  ANNOUNCED: [
    [P, O, L],
    [R, A, E],
  ],
  TRAVELLED_ON: [[P], [R, E]],
  MET: [
    [P, O],
    [P, O],
  ],
  PARTY_TO: [[P, O, L], [A]],
  PARTICIPATED_IN: [[P, O, L], [E]],
  TOOK_PLACE_IN: [[E], [L]],
  REPORTED: [[P, O], ANY],
  SUPPORTS: [
    [P, O, L],
    [P, O, L, E],
  ],
  SANCTIONS: [
    [P, O, L],
    [P, O, L],
  ],
  COOPERATES_WITH: [
    [P, O, L],
    [P, O, L],
  ],
  VISITED: [[P, O], [L]],
  DEPARTED_FROM: [[P, R, E], [L]],
};

export class CuratedGraphError extends Error {
  override name = 'CuratedGraphError';
  constructor(
    readonly source: string,
    readonly issues: readonly string[],
  ) {
    super(`${source}: ${issues.length} problem(s) in the curated graph:\n  ${issues.join('\n  ')}`);
  }
}

/** Reads and validates graph.json; throws a CuratedGraphError listing every problem found. */
export function loadCuratedGraph(path: string): CuratedGraph {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error: unknown) {
    throw new CuratedGraphError(path, [error instanceof Error ? error.message : String(error)]);
  }
  return parseCuratedGraph(json, path);
}

/** Validates already-parsed JSON: shape first, then references. */
export function parseCuratedGraph(json: unknown, source = 'curated graph'): CuratedGraph {
  const parsed = curatedGraphSchema.safeParse(json);
  if (!parsed.success) {
    throw new CuratedGraphError(
      source,
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const issues = referenceIssues(parsed.data);
  if (issues.length > 0) throw new CuratedGraphError(source, issues);
  return parsed.data;
}

const PRECISION_LENGTH: Readonly<Record<DatePrecision, number>> = { year: 4, month: 7, day: 10 };

/** Everything zod cannot see field by field: ids, ends, kinds, aliases, precisions. */
export function referenceIssues(graph: CuratedGraph): string[] {
  const issues: string[] = [];
  const kinds = new Map<string, EntityKind>();

  for (const entity of graph.entities) {
    const where = `entity ${entity.id}`;
    if (kinds.has(entity.id)) issues.push(`${where}: duplicate id`);
    kinds.set(entity.id, entity.kind);
    if (!entity.id.startsWith(ID_PREFIX[entity.kind])) {
      issues.push(`${where}: id of a ${entity.kind} must start with "${ID_PREFIX[entity.kind]}"`);
    }
    if (!entity.aliases.includes(entity.name)) issues.push(`${where}: aliases must include the name`);
    if (new Set(entity.aliases).size !== entity.aliases.length) issues.push(`${where}: repeated alias`);
    for (const alias of entity.standaloneAliases ?? []) {
      if (!entity.aliases.includes(alias))
        issues.push(`${where}: standalone alias "${alias}" is not an alias`);
      if (nameKey(alias).includes(' ')) issues.push(`${where}: standalone alias "${alias}" is not one token`);
    }
    if (entity.standaloneAliases !== undefined && entity.kind !== 'Person') {
      issues.push(`${where}: standalone aliases are for people only`);
    }
    const date =
      entity.kind === 'Route' ? entity.firstServiceDate : 'date' in entity ? entity.date : undefined;
    const datePrecision = 'datePrecision' in entity ? entity.datePrecision : undefined;
    issues.push(...precisionIssues(where, [date], datePrecision, 'datePrecision'));
  }

  const claimIds = new Set<string>();
  const claimId = (where: string, id: string): void => {
    if (claimIds.has(id)) issues.push(`${where}: duplicate id`);
    claimIds.add(id);
  };
  const entityRef = (where: string, id: string): EntityKind | undefined => {
    const kind = kinds.get(id);
    if (kind === undefined) issues.push(`${where}: unknown entity ${id}`);
    return kind;
  };
  const corefIssues = (where: string, evidence: readonly Evidence[], ends: readonly string[]): void => {
    for (const e of evidence) {
      for (const c of e.coref ?? []) {
        entityRef(`${where} coref`, c.entity);
        if (!ends.includes(c.entity))
          issues.push(`${where}: coref entity ${c.entity} is not an end of the claim`);
      }
    }
  };

  const seen = new Set<string>();
  for (const relation of graph.relations) {
    const where = `relation ${relation.id}`;
    claimId(where, relation.id);
    const subjectKind = entityRef(`${where} subject`, relation.subject);
    const objectKind = entityRef(`${where} object`, relation.object);
    if (relation.subject === relation.object) issues.push(`${where}: subject and object are the same`);
    const allowed = RELATION_END_KINDS[relation.type];
    if (allowed !== undefined && subjectKind !== undefined && !allowed[0].includes(subjectKind)) {
      issues.push(`${where}: a ${subjectKind} cannot be the subject of ${relation.type}`);
    }
    if (allowed !== undefined && objectKind !== undefined && !allowed[1].includes(objectKind)) {
      issues.push(`${where}: a ${objectKind} cannot be the object of ${relation.type}`);
    }
    if (relation.at !== undefined && (relation.start !== undefined || relation.end !== undefined)) {
      issues.push(`${where}: either "at" or "start"/"end", not both`);
    }
    issues.push(...precisionIssues(where, [relation.at, relation.start, relation.end], relation.precision));
    const key = [
      relation.type,
      relation.subject,
      relation.object,
      relation.at,
      relation.start,
      relation.role,
    ].join('|');
    if (seen.has(key)) issues.push(`${where}: repeats another relation (same type, ends, time and role)`);
    seen.add(key);
    const articles = relation.evidence.map((e) => e.article);
    if (new Set(articles).size !== articles.length) {
      issues.push(`${where}: one evidence entry per article (corroboration counts articles)`);
    }
    corefIssues(where, relation.evidence, [relation.subject, relation.object]);
  }

  const factKeys = new Set<string>();
  for (const fact of graph.facts) {
    const where = `fact ${fact.id}`;
    claimId(where, fact.id);
    entityRef(`${where} subject`, fact.subject);
    if (fact.precision !== undefined) issues.push(...precisionIssues(where, [fact.value], fact.precision));
    corefIssues(where, fact.evidence, [fact.subject]);
    // One fact per (source, value): its quotes all come from one article.
    const articles = new Set(fact.evidence.map((e) => e.article));
    if (articles.size > 1) issues.push(`${where}: evidence from several articles (one fact per source)`);
    const key = [fact.subject, fact.property, fact.value, ...articles].join('|');
    if (factKeys.has(key)) issues.push(`${where}: the same source gives the same value in another fact`);
    factKeys.add(key);
  }

  for (const statement of graph.statements) {
    const where = `statement ${statement.id}`;
    claimId(where, statement.id);
    entityRef(`${where} speaker`, statement.speaker);
    for (const id of statement.about) entityRef(`${where} about`, id);
    issues.push(...precisionIssues(where, [statement.date], statement.precision));
  }
  return issues;
}

/** Each present date must have the length its precision implies; a date needs a precision. */
function precisionIssues(
  where: string,
  dates: readonly (string | undefined)[],
  datePrecision: DatePrecision | undefined,
  field = 'precision',
): string[] {
  const present = dates.filter((d): d is string => d !== undefined);
  if (present.length === 0) {
    return datePrecision === undefined ? [] : [`${where}: ${field} without a date`];
  }
  if (datePrecision === undefined) return [`${where}: a date needs a ${field}`];
  return present
    .filter((d) => d.length !== PRECISION_LENGTH[datePrecision])
    .map((d) => `${where}: "${d}" does not have ${datePrecision} precision`);
}
