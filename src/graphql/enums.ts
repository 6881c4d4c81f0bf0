/**
 * GraphQL enum value → value stored in the graph. The API speaks SCREAMING_CASE (GraphQL convention), the
 * graph keeps the design's spelling (`Person`, `think_tank`, `year`). Declaring the internal values once here
 * lets the schema translate in both directions, so resolvers and Cypher only ever see graph values; codegen
 * types enum values with the types below, so the generated TypeScript speaks graph values too.
 *
 * RelationType needs no map: its GraphQL values are the relationship types themselves.
 */
import { ENTITY_KINDS, type EntityKind } from '../graph/relation-types.js';
import type { CandidateCategory } from '../ingest/candidates.js';
import type { MatchMethod } from '../ingest/linker.js';

export const entityKindValues = {
  PERSON: 'Person',
  ORGANISATION: 'Organisation',
  PLACE: 'Place',
  ROUTE: 'Route',
  AGREEMENT: 'Agreement',
  EVENT: 'Event',
} as const satisfies Record<string, EntityKind>;

/** Stored entity kind, equal to its kind label and to its GraphQL object type name. */
export type Kind = EntityKind;
export const kinds: readonly Kind[] = ENTITY_KINDS;

/** The enums whose stored values are the lower-case GraphQL names. */
const lowerCased = <const T extends string>(names: readonly T[]): { [K in T]: Lowercase<K> } =>
  Object.fromEntries(names.map((n) => [n, n.toLowerCase()])) as { [K in T]: Lowercase<K> };

export const datePrecisionValues = lowerCased(['YEAR', 'MONTH', 'DAY']);
export const orgTypeValues = lowerCased([
  'AIRLINE',
  'AGENCY',
  'MINISTRY',
  'MEDIA',
  'COUNCIL',
  'GOVERNMENT',
  'COMMITTEE',
  'COMPANY',
  'THINK_TANK',
  'RAILWAY',
  'POSTAL',
  'MILITARY',
  'OTHER',
]);
export const placeTypeValues = lowerCased([
  'COUNTRY',
  'CITY',
  'REGION',
  'AIRPORT',
  'STATION',
  'RESORT',
  'BUILDING',
  'ZONE',
  'OTHER',
]);
export const routeModeValues = lowerCased(['AIR', 'RAIL', 'POST']);
export const routeStatusValues = lowerCased(['PROPOSED', 'OPERATING', 'SUSPENDED', 'RESUMED']);
export const agreementStatusValues = lowerCased([
  'SIGNED',
  'ALLEGED',
  'DENIED',
  'ALLEGED_DENIED',
  'PROPOSED',
]);
export const candidateStatusValues = lowerCased(['PENDING', 'NEW_ENTITY', 'ALIAS']);
export const candidateCategoryValues = lowerCased([
  'PERSON',
  'ORGANISATION',
  'NEWS_AGENCY',
  'MEDIA',
  'PLACE',
  'PRODUCT',
  'EVENT',
]) satisfies Record<string, CandidateCategory>;
/** How the linker learnt an alias (src/ingest/link/index.ts MatchMethod), as stored on the mention. */
export const aliasLearningValues = {
  GAZETTEER: 'gazetteer',
  FAMILY_NAME: 'family-name',
  SHORT_FORM: 'short-form',
  DESIGNATOR: 'designator',
  ROMANISATION: 'romanisation',
  INITIALS: 'initials',
  PATRONYMIC: 'patronymic',
  MISSPELLING: 'misspelling',
} as const satisfies Record<string, MatchMethod>;
export const relationChangeValues = lowerCased(['ADDED', 'ACCEPTED']);

type ValueOf<T> = T[keyof T];
export type DatePrecision = ValueOf<typeof datePrecisionValues>;
export type OrgTypeValue = ValueOf<typeof orgTypeValues>;
export type PlaceTypeValue = ValueOf<typeof placeTypeValues>;
export type RouteModeValue = ValueOf<typeof routeModeValues>;
export type RouteStatusValue = ValueOf<typeof routeStatusValues>;
export type AgreementStatusValue = ValueOf<typeof agreementStatusValues>;
export type CandidateStatusValue = ValueOf<typeof candidateStatusValues>;
export type CandidateCategoryValue = ValueOf<typeof candidateCategoryValues>;
export type AliasLearningValue = ValueOf<typeof aliasLearningValues>;
export type RelationChangeValue = ValueOf<typeof relationChangeValues>;

/** Every mapped enum, keyed by its GraphQL name: the schema's enum resolvers (codegen types them as above). */
export const proposalKindValues = lowerCased(['RELATION', 'STATEMENT', 'FACT']);
export const proposalStatusValues = lowerCased(['PENDING', 'ACCEPTED', 'REJECTED']);
export const quoteModeValues = lowerCased(['DIRECT', 'INDIRECT']);
export const linkDirectionValues = { OUTGOING: 'out', INCOMING: 'in' } as const;
export type ProposalStatusValue = (typeof proposalStatusValues)[keyof typeof proposalStatusValues];

export const enumInternalValues = {
  EntityKind: entityKindValues,
  DatePrecision: datePrecisionValues,
  OrgType: orgTypeValues,
  PlaceType: placeTypeValues,
  RouteMode: routeModeValues,
  RouteStatus: routeStatusValues,
  AgreementStatus: agreementStatusValues,
  CandidateStatus: candidateStatusValues,
  CandidateCategory: candidateCategoryValues,
  AliasLearning: aliasLearningValues,
  ProposalKind: proposalKindValues,
  ProposalStatus: proposalStatusValues,
  QuoteMode: quoteModeValues,
  LinkDirection: linkDirectionValues,
  RelationChange: relationChangeValues,
} as const;

/**
 * Narrows a stored string to one of an enum's stored values, or null. The graph is edited by people and
 * pipelines: a value outside the enum must not fail the whole response, so it reads as unknown instead.
 */
export function storedEnum<V extends string>(values: Record<string, V>, value: unknown): V | null {
  if (typeof value !== 'string') return null;
  return (Object.values(values) as string[]).includes(value) ? (value as V) : null;
}
