import type { Context } from '../context.js';
import {
  agreementStatusValues,
  aliasLearningValues,
  orgTypeValues,
  placeTypeValues,
  routeModeValues,
  routeStatusValues,
  storedEnum,
} from '../enums.js';
import type {
  AgreementResolvers,
  CoMentionResolvers,
  EventResolvers,
  FactClaimResolvers,
  MentionResolvers,
  OfficeResolvers,
  OrganisationResolvers,
  PersonResolvers,
  PlaceResolvers,
  QueryResolvers,
  RelationEdgeResolvers,
  RelationResolvers,
  Resolvers,
  RouteResolvers,
} from '../generated/resolvers.js';
import { corroboration } from '../graph/evidence.js';
import { checkPageSize } from '../limits.js';
import { primeEntityPage } from '../loaders.js';
import { connectionFields } from '../pagination.js';
import { referencedArticle, referencedEntity, requireEntity, timePoint, timeSpan } from '../shared.js';
import { otherEnd, type EntityRow } from '../rows.js';
import { linked, structuralRelations } from './kind-facts.js';
import { entityPageRequest, mentionPageArgs, relationPageArgs } from './page-request.js';
import { findCoMentions, findEntityPages } from './queries.js';
import { relationsOf } from './relations.js';

/**
 * Query.entity → cypher/queries/entity/page.cypher: the entity and the mention and relationship pages its
 * selection asks for (with the relationships' evidence), in one statement, primed into the loaders the fields
 * read. With no pages selected: requireEntity → loaders.entities → entity/by-ids.cypher.
 */
const entity: NonNullable<QueryResolvers['entity']> = async (_, { id }, ctx, info) => {
  const request = entityPageRequest(ctx.config, info);
  if (request.mentions || request.relations) {
    const pages = await findEntityPages(ctx.db, [id], request);
    primeEntityPage(ctx.loaders, id, request, pages.get(id));
  }
  return requireEntity(ctx.loaders, id);
};

// Query.coMentions → findCoMentions → cypher/queries/entity/co-mentions.cypher
const coMentions: NonNullable<QueryResolvers['coMentions']> = async (_, { id, first }, ctx) => {
  checkPageSize(ctx.config, first);
  await requireEntity(ctx.loaders, id);
  return findCoMentions(ctx.db, id, first);
};

/**
 * Fields every entity kind shares; each goes through a per-request loader, so a list of entities costs one
 * statement per field: Entity.mentions and .relations → entity/page (each page alone),
 * .statements → statement/by-entities, .facts → entity/facts.
 */
const common = {
  mentions: ((e, args, ctx) =>
    ctx.loaders.entityMentions.load({
      id: e.id,
      ...mentionPageArgs(ctx.config, args),
    })) satisfies NonNullable<PersonResolvers['mentions']>,
  relations: ((e, args, ctx) =>
    relationsOf(ctx.loaders, e, relationPageArgs(ctx.config, args))) satisfies NonNullable<
    PersonResolvers['relations']
  >,
  statements: ((e, { role, first }, ctx) =>
    ctx.loaders.entityStatements.load({
      id: e.id,
      role,
      first: checkPageSize(ctx.config, first),
    })) satisfies NonNullable<PersonResolvers['statements']>,
  facts: ((e, _, ctx) => ctx.loaders.entityFacts.load(e.id)) satisfies NonNullable<PersonResolvers['facts']>,
};

const structure = (ctx: Context, e: EntityRow) => structuralRelations(ctx.loaders, ctx.config, e);

const Person: PersonResolvers = {
  ...common,
  roles: async (e, _, ctx) =>
    (await structure(ctx, e))
      .filter((v) => v.relation.type === 'HOLDS_OFFICE' && v.direction === 'OUTGOING')
      .map(({ relation }) => ({ relation })),
};

const Office: OfficeResolvers = {
  title: ({ relation }) => relation.role,
  organisation: ({ relation }) => relation.object,
  time: ({ relation }) => timeSpan(relation),
  relation: ({ relation }) => relation,
};

const Organisation: OrganisationResolvers = {
  ...common,
  orgType: (e) => storedEnum(orgTypeValues, e.orgType) ?? (e.orgType === null ? null : 'other'),
};

const Place: PlaceResolvers = {
  ...common,
  placeType: (e) => storedEnum(placeTypeValues, e.placeType) ?? (e.placeType === null ? null : 'other'),
};

const Route: RouteResolvers = {
  ...common,
  mode: (e) => storedEnum(routeModeValues, e.mode),
  status: (e) => storedEnum(routeStatusValues, e.status),
  firstService: (e) => timePoint(e.firstServiceDate, e.datePrecision),
  origin: async (e, _, ctx) => linked(await structure(ctx, e), 'ORIGIN', 'OUTGOING', 'Place')[0] ?? null,
  destination: async (e, _, ctx) =>
    linked(await structure(ctx, e), 'DESTINATION', 'OUTGOING', 'Place')[0] ?? null,
  stops: async (e, _, ctx) => linked(await structure(ctx, e), 'STOPS_AT', 'OUTGOING', 'Place'),
  operators: async (e, _, ctx) => linked(await structure(ctx, e), 'OPERATES', 'INCOMING', 'Organisation'),
};

const Agreement: AgreementResolvers = {
  ...common,
  status: (e) => storedEnum(agreementStatusValues, e.status),
  date: (e) => timePoint(e.date, e.datePrecision),
  parties: async (e, _, ctx) => linked(await structure(ctx, e), 'PARTY_TO', 'INCOMING'),
};

const Event: EventResolvers = {
  ...common,
  date: (e) => timePoint(e.date, e.datePrecision),
  place: async (e, _, ctx) =>
    linked(await structure(ctx, e), 'TOOK_PLACE_IN', 'OUTGOING', 'Place')[0] ?? null,
  participants: async (e, _, ctx) => linked(await structure(ctx, e), 'PARTICIPATED_IN', 'INCOMING'),
};

const Mention: MentionResolvers = {
  entity: (m, _, ctx) => referencedEntity(ctx.loaders, m.entityId),
  article: (m) => m.article,
  learntAs: (m) => storedEnum(aliasLearningValues, m.learnt),
};

/**
 * Relation.subject and .object come with the row; Relation.evidence → loaders.evidence →
 * cypher/queries/graph/evidence.cypher (one statement per request).
 */
const Relation: RelationResolvers = {
  time: (r) => timeSpan(r),
  evidence: (r, _, ctx) => ctx.loaders.evidence.load(r.id),
  corroboration: async (r, _, ctx) => corroboration(await ctx.loaders.evidence.load(r.id)),
};

/** The viewpoint of a listed relationship lives on its edge, so the node reads the same from either end. */
const RelationEdge: RelationEdgeResolvers = {
  direction: ({ node }) => node.direction,
  other: ({ node }) => otherEnd(node),
  node: ({ node }) => node.relation,
};

const FactClaim: FactClaimResolvers = {
  subject: (f, _, ctx) => referencedEntity(ctx.loaders, f.subjectId),
  valueText: (f) => (f.valueText === f.value ? null : f.valueText),
  sources: (f, _, ctx) => ctx.loaders.evidence.load(f.id),
  // The value's corroboration: sources agreeing on it are separate claims (one per source), counted together.
  corroboration: async (f, _, ctx) => corroboration(await ctx.loaders.factValueEvidence.load(f.id)),
};

const CoMention: CoMentionResolvers = {
  articles: async (c, _, ctx) => Promise.all(c.articleIds.map((id) => referencedArticle(ctx.loaders, id))),
};

export const entityResolvers: Resolvers = {
  Query: { entity, coMentions },
  // The stored kind is the GraphQL type name (see enums.ts).
  Entity: { __resolveType: (e) => e.kind },
  Person,
  Office,
  Organisation,
  Place,
  Route,
  Agreement,
  Event,
  Mention,
  MentionConnection: connectionFields,
  Relation,
  RelationConnection: connectionFields,
  RelationEdge,
  FactClaim,
  CoMention,
};
