/**
 * Model constants shared by ingest, the curated graph and GraphQL: the entity kinds (one Neo4j label
 * each, besides `Entity`) and the allow-list of relationship types (docs/design.md). Relationship
 * types and labels cannot be Cypher parameters, so nothing outside these lists may reach a statement.
 */

export const ENTITY_KINDS = ['Person', 'Organisation', 'Place', 'Route', 'Agreement', 'Event'] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

export const RELATION_TYPES = [
  'HOLDS_OFFICE',
  'WORKS_FOR',
  'MEMBER_OF',
  'PART_OF',
  'LOCATED_IN',
  'OPERATES',
  'ORIGIN',
  'DESTINATION',
  'STOPS_AT',
  'PROPOSED',
  // An organisation addressed a proposal to another (Rosaviatsia → Aeroflot, Aurora: corpus 001, 002).
  'PROPOSED_TO',
  'ANNOUNCED',
  'TRAVELLED_ON',
  'MET',
  'PARTY_TO',
  'PARTICIPATED_IN',
  'TOOK_PLACE_IN',
  'REPORTED',
  'SUPPORTS',
  'SANCTIONS',
  'COOPERATES_WITH',
  'VISITED',
  'DEPARTED_FROM',
] as const;

export type RelationType = (typeof RELATION_TYPES)[number];
