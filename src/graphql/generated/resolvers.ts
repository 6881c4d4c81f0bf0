import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRow, OfficeRow, ArticleRow, MentionRow, RelationRow, EvidenceRow, StatementRow, FactRow, ConflictRow, ConflictValueRow, TimeSpanRow, TimePointRow, MentionPage, RelationPage, RelationEdgeRow, EntityPage, ArticlePage, CandidatePage, GraphRow, EdgeRow, PathRow, HopRow, CoMentionRow, SearchHitRow, PassageRow, TimelineItemRow, RelationTimelineItemRow, EventTimelineItemRow, StatementTimelineItemRow, ArticleTimelineItemRow, CandidateRow, CandidateSightingRow } from '../rows.js';
import type { ProposalRow, ProposalEndValue, DescribedEndValue, DescribedLinkValue, ProposalPage, ProposalEdgeValue, AcceptanceValue } from '../proposal/rows.js';
import type { ArticleIngestedPayload, EntityMentionedValue, RelationAddedPayload } from '../../events/topics.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day as an RFC 3339 full-date string, such as `2023-11-20` (graphql-scalars). */
  Date: { input: Date; output: string | Date; }
  /** An instant in UTC as an RFC 3339 date-time string, such as `2025-07-27T10:15:30Z` (graphql-scalars). */
  DateTime: { input: Date; output: string | Date; }
  /** A string with at least one character that is not white space (graphql-scalars). */
  NonEmptyString: { input: string; output: string; }
  /** An integer greater than or equal to zero, sent as a number without a fraction. */
  NonNegativeInt: { input: number; output: number; }
  /**
   * A date known only as precisely as the source states it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, such as `2025`,
   * `2025-07` or `2025-07-27`, and a day that exists (`2024-02-29` does, `2025-02-29` does not). Paired with a
   * `DatePrecision` wherever it appears.
   */
  PartialDate: { input: string; output: string; }
  /** An integer greater than zero, sent as a number without a fraction (`"10"` and `10.5` are refused). */
  PositiveInt: { input: number; output: number; }
  /**
   * An absolute http or https URL as defined by RFC 3986, at most 2048 characters. Other schemes (`javascript:`,
   * `data:`, `file:`...) are refused as input.
   */
  URL: { input: URL; output: string | URL; }
};

/** A relationship to add. */
export type AddRelationInput = {
  /** At least one quotation supporting it (BAD_USER_INPUT when empty or when a quote is not in the article). */
  evidence: Array<EvidenceInput>;
  /** A curator's note, at most 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The entity the relationship points to (its id, at most 200 characters). */
  objectId: Scalars['ID']['input'];
  /** The role or office, where the type carries one (at most 300 characters). */
  role?: InputMaybe<Scalars['String']['input']>;
  /** The entity the relationship points from (its id, at most 200 characters). */
  subjectId: Scalars['ID']['input'];
  /** When it held. */
  time?: InputMaybe<TimeSpanInput>;
  /** The type (allow-listed). */
  type: RelationType;
};

/** A treaty, pact, deal or protocol. */
export type Agreement = Entity & {
  __typename?: 'Agreement';
  /** What sort of agreement, in words (such as `mutual defence pact`, `arms deal`, `protocol`). */
  agreementKind?: Maybe<Scalars['String']['output']>;
  /** Every name seen for the agreement, the canonical name included. */
  aliases: Array<Scalars['String']['output']>;
  /** When it was signed or made, if known. */
  date?: Maybe<TimePoint>;
  /** A one-line description, if curated. */
  description?: Maybe<Scalars['String']['output']>;
  /** Factual claims about the agreement, each with its sources. */
  facts: Array<FactClaim>;
  /** Stable id such as `agreement/russia-dprk-defence-pact`. */
  id: Scalars['ID']['output'];
  /** Always AGREEMENT. */
  kind: EntityKind;
  /** Where articles name the agreement: newest article first (undated last), then in text order. */
  mentions: MentionConnection;
  /** The canonical name. */
  name: Scalars['String']['output'];
  /** The parties (PARTY_TO relationships pointing at it). */
  parties: Array<Entity>;
  /** The agreement's relationships to other entities. */
  relations: RelationConnection;
  /** Statements about the agreement. */
  statements: Array<Statement>;
  /** Where the agreement stands, as reported. */
  status?: Maybe<AgreementStatus>;
};


/** A treaty, pact, deal or protocol. */
export type AgreementMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['PositiveInt']['input'];
};


/** A treaty, pact, deal or protocol. */
export type AgreementRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: RelationDirectionFilter;
  first?: Scalars['PositiveInt']['input'];
  types?: InputMaybe<Array<RelationType>>;
};


/** A treaty, pact, deal or protocol. */
export type AgreementStatementsArgs = {
  first?: Scalars['PositiveInt']['input'];
  role?: StatementRole;
};

/** Where an agreement stands, as reported. */
export type AgreementStatus =
  /** Alleged by others, not confirmed by the parties. */
  | 'alleged'
  /** Alleged by some sources and denied by a party. */
  | 'alleged_denied'
  /** Denied by a party. */
  | 'denied'
  /** Proposed but not signed. */
  | 'proposed'
  /** Signed by the parties. */
  | 'signed';

/** How the linker found a spelling that was none of the entity's names yet: what the article taught. */
export type AliasLearning =
  /** The name with designator words added, dropped or reordered, or its country as an adjective. */
  | 'designator'
  /** The person's family name alone, after the article named the person in full. */
  | 'family-name'
  /** A standard form the gazetteer lists: a country's official long form or abbreviation, an airport's code. */
  | 'gazetteer'
  /** Initials and the family name, such as `S.K. Shoigu`. */
  | 'initials'
  /** A one-letter misspelling of a long name. */
  | 'misspelling'
  /** The full name with a Russian patronymic. */
  | 'patronymic'
  /** Another romanisation of a Korean name. */
  | 'romanisation'
  /** An organisation's distinctive word alone, such as `Nordwind` for Nordwind Airlines. */
  | 'short-form';

/** A news article as ingested: metadata plus the text every offset in the graph refers to. */
export type Article = {
  __typename?: 'Article';
  /** The author, if known. */
  author?: Maybe<Scalars['String']['output']>;
  /** SHA-256 (hex) of the text with white space collapsed; equal texts are one article. */
  contentHash: Scalars['String']['output'];
  /** Stable id: `article/` followed by the first 16 hex digits of `contentHash`. */
  id: Scalars['ID']['output'];
  /** When the article entered the graph. */
  ingestedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The entity names found in the article, in text order. */
  mentions: MentionConnection;
  /** The publishing outlet, if known. */
  outlet?: Maybe<Scalars['String']['output']>;
  /** The publication day, if known. Event dates are kept apart from this. */
  publishedAt?: Maybe<Scalars['Date']['output']>;
  /** Where the article came from (such as the corpus file name). */
  source?: Maybe<Scalars['String']['output']>;
  /** Quoted statements reported in the article, in text order. */
  statements: Array<Statement>;
  /** The article content with site boilerplate removed; all offsets (mentions, evidence, statements) index into it. */
  text: Scalars['String']['output'];
  /** The headline, if the article has one. */
  title?: Maybe<Scalars['String']['output']>;
  /** The article's address on the web, if known. */
  url?: Maybe<Scalars['URL']['output']>;
};


/** A news article as ingested: metadata plus the text every offset in the graph refers to. */
export type ArticleMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['PositiveInt']['input'];
};

/** A page of articles. */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** The articles on this page. */
  edges: Array<ArticleEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of articles matching the filter, in all pages. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** An article with its cursor. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Pass as `after` to start the next page after this item. */
  cursor: Scalars['String']['output'];
  /** The article. */
  node: Article;
};

/** Which articles to list; articles are ordered newest first, undated last. */
export type ArticleFilter = {
  /** Only articles mentioning the entity with this id (NOT_FOUND if it does not exist; at most 200 characters). */
  mentions?: InputMaybe<Scalars['ID']['input']>;
  /** Only articles from this outlet (exact name, ignoring case; at most 300 characters). */
  outlet?: InputMaybe<Scalars['NonEmptyString']['input']>;
  /** Only articles published on or after this day (undated articles are excluded when set). */
  publishedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only articles published on or before this day (undated articles are excluded when set). */
  publishedTo?: InputMaybe<Scalars['Date']['input']>;
};

/** An article that has just entered the graph. */
export type ArticleIngestedEvent = {
  __typename?: 'ArticleIngestedEvent';
  /** The article. */
  article: Article;
  /** The known entities it names. */
  entities: Array<Entity>;
};

/** An article on a timeline, at its publication date. */
export type ArticleTimelineItem = TimelineItem & {
  __typename?: 'ArticleTimelineItem';
  /** The article. */
  article: Article;
  /** The publication day. */
  date: Scalars['PartialDate']['output'];
  /** Always DAY. */
  precision: DatePrecision;
  /** The title, or the outlet when there is none. */
  summary: Scalars['String']['output'];
};

/** Who may keep a cached answer: any cache (a CDN) or only the caller's own (the browser). */
export type CacheControlScope =
  /** Only the caller's own cache may keep it. */
  | 'PRIVATE'
  /** Shared caches may keep it. */
  | 'PUBLIC';

/** A name found in an article that matches no entity, waiting for review. Never cached: review queues change. */
export type Candidate = {
  __typename?: 'Candidate';
  /** An existing entity the name is probably another name of; `resolveCandidate(asAliasOf:)` confirms it. */
  aliasOf?: Maybe<CandidateAliasSuggestion>;
  /** What the name is, finer than an entity kind: a news agency, a media outlet, a product... */
  category: CandidateCategory;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The normalised name key; one candidate per key. */
  key: Scalars['String']['output'];
  /** The entity kind the pipeline guessed the name would become; null for a product, which no entity kind holds. */
  kindGuess?: Maybe<EntityKind>;
  /** The name: the most complete spelling in the first article that proposed it. */
  name: Scalars['String']['output'];
  /** The entity it became (new or existing) once resolved. */
  resolvedTo?: Maybe<Entity>;
  /** Where the name was seen. */
  sightings: Array<CandidateSighting>;
  /** Where the candidate stands in review. */
  status: CandidateStatus;
  /** Every spelling seen, the name first: variants of one name are one candidate (`KCNA`, `Korean Central News Agency`). */
  variants: Array<Scalars['String']['output']>;
};

/** An existing entity a candidate name is probably another name of, and why. */
export type CandidateAliasSuggestion = {
  __typename?: 'CandidateAliasSuggestion';
  /** The entity the name would become an alias of. */
  entity: Entity;
  /** Why the pipeline thinks so, such as `one letter from "Kim Jong Un"`. */
  reason: Scalars['String']['output'];
};

/** What a candidate name is, finer than the entity kind it would become. */
export type CandidateCategory =
  /** An event, such as a forum or a summit. */
  | 'event'
  /** A newspaper, broadcaster or other media outlet. */
  | 'media'
  /** A news agency, a wire service whose name opens or closes stories (Reuters, TASS, KCNA, Yonhap). */
  | 'news_agency'
  /** An organisation that is none of the below: a ministry, a company, an airline, a party. */
  | 'organisation'
  /** A person. */
  | 'person'
  /** A place. */
  | 'place'
  /** A product or model, such as an aircraft type with its model number; no entity kind holds it. */
  | 'product';

/** A page of candidates (never cached). */
export type CandidateConnection = {
  __typename?: 'CandidateConnection';
  /** The candidates on this page. */
  edges: Array<CandidateEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of candidates with the requested status, in all pages. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** A candidate with its cursor. */
export type CandidateEdge = {
  __typename?: 'CandidateEdge';
  /** Pass as `after` to start the next page after this item. */
  cursor: Scalars['String']['output'];
  /** The candidate. */
  node: Candidate;
};

/** What resolving a candidate did. */
export type CandidateResolution = {
  __typename?: 'CandidateResolution';
  /** The candidate, now resolved. */
  candidate: Candidate;
  /** The new entity, or the existing one that received the name as an alias. */
  entity: Entity;
};

/** Where a candidate name was seen. */
export type CandidateSighting = {
  __typename?: 'CandidateSighting';
  /** The article. */
  article: Article;
  /** Offset just past the name in `Article.text`. */
  end: Scalars['NonNegativeInt']['output'];
  /** The sentence containing the name. */
  sentence: Scalars['String']['output'];
  /** Offset of the name in `Article.text`. */
  start: Scalars['NonNegativeInt']['output'];
};

/** Where a candidate name stands in review. */
export type CandidateStatus =
  /** Confirmed as another name of an existing entity. */
  | 'alias'
  /** Confirmed as a new entity. */
  | 'new_entity'
  /** Waiting for an editor. */
  | 'pending';

/** An entity named in the same articles as another. */
export type CoMention = {
  __typename?: 'CoMention';
  /** The articles naming both, newest first. */
  articles: Array<Article>;
  /** Number of articles naming both. */
  count: Scalars['PositiveInt']['output'];
  /** The other entity. */
  entity: Entity;
};

/** A property on which sources disagree: the same subject and property with more than one value. */
export type Conflict = {
  __typename?: 'Conflict';
  /** The disputed property, such as `firstServiceDate`. */
  property: Scalars['String']['output'];
  /** The entity the property belongs to. */
  subject: Entity;
  /** Each value stated, with its sources, most corroborated first. */
  values: Array<ConflictValue>;
};

/** One of the values sources state for a disputed property. */
export type ConflictValue = {
  __typename?: 'ConflictValue';
  /** The claims stating this value (usually one). */
  claims: Array<FactClaim>;
  /** How many articles and outlets state this value. */
  corroboration: Corroboration;
  /** How precise a date value is; null for values that are not dates. */
  precision?: Maybe<DatePrecision>;
  /** Every sentence stating this value. */
  sources: Array<Evidence>;
  /** The value in normal form. */
  value: Scalars['String']['output'];
  /** The value as a source words it, if different. */
  valueText?: Maybe<Scalars['String']['output']>;
};

/** How widely a claim is supported. */
export type Corroboration = {
  __typename?: 'Corroboration';
  /** Number of distinct articles supporting the claim. */
  articles: Scalars['NonNegativeInt']['output'];
  /** The known outlet names, sorted. */
  outletNames: Array<Scalars['String']['output']>;
  /** Number of distinct outlets supporting the claim; an article whose outlet is unknown counts as its own outlet. */
  outlets: Scalars['NonNegativeInt']['output'];
};

/** How precisely a date is known. */
export type DatePrecision =
  /** The exact day is known (`YYYY-MM-DD`). */
  | 'day'
  /** The year and month are known (`YYYY-MM`). */
  | 'month'
  /** Only the year is known (`YYYY`). */
  | 'year';

/** A route, event or agreement identified by what it is and what it is tied to. */
export type DescribedEnd = {
  __typename?: 'DescribedEnd';
  /** Its ties to named ends. */
  links: Array<DescribedLink>;
  /** The route's mode (`air`, `rail`, `post`), or the event's or agreement's kind as the article words it. */
  sort: Scalars['String']['output'];
  /** Whether ORIGIN and DESTINATION may be swapped (the article gave no direction). */
  unordered: Scalars['Boolean']['output'];
};

/** A tie of a described route, event or agreement to a named end. */
export type DescribedLink = {
  __typename?: 'DescribedLink';
  /** Which way the tie points. */
  direction: LinkDirection;
  /** The named end. */
  end: ProposalEnd;
  /** The relationship type of the tie. */
  type: RelationType;
};

/** Anything the graph connects: a person, organisation, place, route, agreement or event. */
export type Entity = {
  /** Every name seen for the entity, the canonical name included (spellings, transliterations, short forms). */
  aliases: Array<Scalars['String']['output']>;
  /** A one-line description, if curated. */
  description?: Maybe<Scalars['String']['output']>;
  /** Factual claims about the entity (such as a first service date), each with its sources. Disagreeing values all appear. */
  facts: Array<FactClaim>;
  /** Stable id such as `person/sergei-shoigu`; never derived from the name alone, never reused. */
  id: Scalars['ID']['output'];
  /** The entity's kind; also given by its GraphQL type. */
  kind: EntityKind;
  /** Where articles name the entity, one item per occurrence: newest article first (undated last), then in text order. */
  mentions: MentionConnection;
  /** The canonical name. */
  name: Scalars['String']['output'];
  /** The entity's relationships to other entities, with time, evidence and corroboration. */
  relations: RelationConnection;
  /** Quoted statements the entity made or that are about it, in article order. */
  statements: Array<Statement>;
};


/** Anything the graph connects: a person, organisation, place, route, agreement or event. */
export type EntityMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['PositiveInt']['input'];
};


/** Anything the graph connects: a person, organisation, place, route, agreement or event. */
export type EntityRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: RelationDirectionFilter;
  first?: Scalars['PositiveInt']['input'];
  types?: InputMaybe<Array<RelationType>>;
};


/** Anything the graph connects: a person, organisation, place, route, agreement or event. */
export type EntityStatementsArgs = {
  first?: Scalars['PositiveInt']['input'];
  role?: StatementRole;
};

/** A page of entities. */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The entities on this page. */
  edges: Array<EntityEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of entities matching the filter, in all pages. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** An entity with its cursor. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Pass as `after` to start the next page after this item. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Entity;
};

/** Which entities to list. */
export type EntityFilter = {
  /** Only entities of this kind. */
  kind?: InputMaybe<EntityKind>;
  /**
   * Only entities with a name or alias containing this text, ignoring case, accents and transliteration
   * variants (`Sergey` finds `Sergei`); at most 300 characters.
   */
  name?: InputMaybe<Scalars['NonEmptyString']['input']>;
};

/** The kind of an entity; every entity has exactly one. */
export type EntityKind =
  /** A treaty, pact, deal or protocol between parties. */
  | 'Agreement'
  /** Something that happened at a time: a flight, a meeting, a ceremony, a summit. */
  | 'Event'
  /** A company, agency, ministry, council, media outlet or other body. */
  | 'Organisation'
  /** A natural person. */
  | 'Person'
  /** A country, city, region, airport, station, resort, building or zone. */
  | 'Place'
  /** A transport link by air, rail or post between places. */
  | 'Route';

/** An entity newly named in an article. */
export type EntityMentionedEvent = {
  __typename?: 'EntityMentionedEvent';
  /** The article naming it. */
  article: Article;
  /** How many times the article names it. */
  count: Scalars['PositiveInt']['output'];
  /** The entity named. */
  entity: Entity;
};

/** How to order a page of entities. */
export type EntitySort =
  /** By number of mentions in articles, most first; ties by name. */
  | 'MENTIONS_DESC'
  /** By canonical name, A to Z (the default). */
  | 'NAME_ASC'
  /** By canonical name, Z to A. */
  | 'NAME_DESC';

/** Something that happened at a time. */
export type Event = Entity & {
  __typename?: 'Event';
  /** Every name seen for the event, the canonical name included. */
  aliases: Array<Scalars['String']['output']>;
  /** When it happened, if known. */
  date?: Maybe<TimePoint>;
  /** A one-line description, if curated. */
  description?: Maybe<Scalars['String']['output']>;
  /** What sort of event, in words (such as `flight`, `meeting`, `ceremony`). */
  eventType?: Maybe<Scalars['String']['output']>;
  /** Factual claims about the event, each with its sources. */
  facts: Array<FactClaim>;
  /** Stable id such as `event/kozlov-first-flight-2025`. */
  id: Scalars['ID']['output'];
  /** Always EVENT. */
  kind: EntityKind;
  /** Where articles name the event: newest article first (undated last), then in text order. */
  mentions: MentionConnection;
  /** The canonical name. */
  name: Scalars['String']['output'];
  /** Who took part (PARTICIPATED_IN relationships pointing at it). */
  participants: Array<Entity>;
  /** Where it happened (its TOOK_PLACE_IN relationship). */
  place?: Maybe<Place>;
  /** The event's relationships to other entities. */
  relations: RelationConnection;
  /** Statements about the event. */
  statements: Array<Statement>;
};


/** Something that happened at a time. */
export type EventMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['PositiveInt']['input'];
};


/** Something that happened at a time. */
export type EventRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: RelationDirectionFilter;
  first?: Scalars['PositiveInt']['input'];
  types?: InputMaybe<Array<RelationType>>;
};


/** Something that happened at a time. */
export type EventStatementsArgs = {
  first?: Scalars['PositiveInt']['input'];
  role?: StatementRole;
};

/** An event on a timeline. */
export type EventTimelineItem = TimelineItem & {
  __typename?: 'EventTimelineItem';
  /** When the event happened. */
  date: Scalars['PartialDate']['output'];
  /** The event. */
  event: Event;
  /** How precise `date` is. */
  precision: DatePrecision;
  /** The event's name. */
  summary: Scalars['String']['output'];
};

/** Where a claim is supported: an article, the sentence, and the exact quoted span. */
export type Evidence = {
  __typename?: 'Evidence';
  /** The article containing the supporting sentence. */
  article: Article;
  /** Offset just past the quote's last character in `Article.text`. */
  end: Scalars['NonNegativeInt']['output'];
  /** The quoted span that supports the claim (a substring of `Article.text`). */
  quote: Scalars['String']['output'];
  /** The whole sentence that supports the claim. */
  sentence: Scalars['String']['output'];
  /** Position of the sentence in the article (0-based), if recorded. */
  sentenceIndex?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Offset of the sentence in `Article.text`, if recorded. */
  sentenceStart?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Offset of the quote's first character in `Article.text`. */
  start: Scalars['NonNegativeInt']['output'];
};

/** A quotation from an article supporting a relationship. */
export type EvidenceInput = {
  /** The article's id (at most 200 characters). */
  articleId: Scalars['ID']['input'];
  /** Text that occurs verbatim in the article's text, at most 2000 characters; its sentence and offsets are located by the server. */
  quote: Scalars['NonEmptyString']['input'];
};

/** A value that sources state about an entity, with the sentences that state it. */
export type FactClaim = {
  __typename?: 'FactClaim';
  /** How many articles and outlets state the value: this claim's source and every other claim of the same value about the same subject and property. */
  corroboration: Corroboration;
  /** Stable id of the claim. */
  id: Scalars['ID']['output'];
  /** How precise a date value is; null for values that are not dates. */
  precision?: Maybe<DatePrecision>;
  /** The property, such as `firstServiceDate` or `frequency`. */
  property: Scalars['String']['output'];
  /** The sentences of this claim's source stating the value. */
  sources: Array<Evidence>;
  /** The entity the value is about. */
  subject: Entity;
  /** The value in normal form (dates as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`). */
  value: Scalars['String']['output'];
  /** The value as the source words it (such as `September 15`), if different. */
  valueText?: Maybe<Scalars['String']['output']>;
};

/** An entity-to-entity subgraph that can be drawn directly: every edge's ends are in `nodes`. */
export type Graph = {
  __typename?: 'Graph';
  /** The relationships among the nodes. */
  edges: Array<GraphEdge>;
  /** The entities, the starting one first. */
  nodes: Array<Entity>;
  /** True when the node limit cut the neighbourhood short. */
  truncated: Scalars['Boolean']['output'];
};

/** A relationship in a drawable graph. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** How many articles and outlets support the relationship. */
  corroboration: Corroboration;
  /** The sentences supporting the relationship. */
  evidence: Array<Evidence>;
  /** Stable id of the relationship. */
  id: Scalars['ID']['output'];
  /** The role or office, when the type carries one. */
  role?: Maybe<Scalars['String']['output']>;
  /** Id of the node the relationship points from. */
  source: Scalars['ID']['output'];
  /** Id of the node the relationship points to. */
  target: Scalars['ID']['output'];
  /** When the relationship held, if known. */
  time?: Maybe<TimeSpan>;
  /** The relationship type. */
  type: RelationType;
};

/** An article to ingest. */
export type IngestArticleInput = {
  /** The publishing outlet, if known; at most 300 characters. */
  outlet?: InputMaybe<Scalars['NonEmptyString']['input']>;
  /** The publication day, if known. */
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  /** Where the text came from (a file name, a feed, a person); at most 300 characters. */
  source: Scalars['NonEmptyString']['input'];
  /** The raw article text as collected, at most 200 KB of UTF-8 (more is LIMIT_EXCEEDED); boilerplate is removed by the parser. */
  text: Scalars['NonEmptyString']['input'];
  /** The headline, if not given by the text; at most 1000 characters. */
  title?: InputMaybe<Scalars['NonEmptyString']['input']>;
  /** The article's address on the web: http or https, at most 2048 characters. */
  url?: InputMaybe<Scalars['URL']['input']>;
};

/** What ingesting an article did. */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** The article (the existing one when the same text was ingested before). */
  article: Article;
  /** Names proposed for review. */
  candidates: Array<Candidate>;
  /** False when an article with the same content hash already existed; nothing was written then. */
  created: Scalars['Boolean']['output'];
  /** The known entities it names. */
  linked: Array<LinkedEntity>;
  /** Relations, statements and facts the article states, proposed for review (see `proposals`). */
  proposals: Array<Proposal>;
};

/** The way a described route, event or agreement is tied to a named end. */
export type LinkDirection =
  /** From the end to the described thing (PARTICIPATED_IN, PARTY_TO). */
  | 'in'
  /** From the described thing to the end (a route's ORIGIN, an event's TOOK_PLACE_IN). */
  | 'out';

/** An entity found in an ingested article. */
export type LinkedEntity = {
  __typename?: 'LinkedEntity';
  /** How often the article names it. */
  count: Scalars['PositiveInt']['output'];
  /** The entity. */
  entity: Entity;
  /** The spellings used. */
  surfaces: Array<Scalars['String']['output']>;
};

/** One occurrence of an entity's name in an article. */
export type Mention = {
  __typename?: 'Mention';
  /** The article naming it. */
  article: Article;
  /** Offset just past the mention's last character in `Article.text`. */
  end: Scalars['NonNegativeInt']['output'];
  /** The entity named. */
  entity: Entity;
  /**
   * Set when the linker found this spelling although it was none of the entity's names (a learnt alias, recorded
   * with the article that taught it); null for one of the entity's names and for curated references.
   */
  learntAs?: Maybe<AliasLearning>;
  /** The sentence containing the mention. */
  sentence: Scalars['String']['output'];
  /** Position of the sentence in the article (0-based), if recorded. */
  sentenceIndex?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Offset of the sentence in `Article.text`, if recorded. */
  sentenceStart?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Offset of the mention's first character in `Article.text`. */
  start: Scalars['NonNegativeInt']['output'];
  /** The text as it appears in the article (such as `Sergey Lavrov` or `Shoigu`). */
  surface: Scalars['String']['output'];
};

/** A page of mentions. */
export type MentionConnection = {
  __typename?: 'MentionConnection';
  /** The mentions on this page. */
  edges: Array<MentionEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of mentions in all pages. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** A mention with its cursor. */
export type MentionEdge = {
  __typename?: 'MentionEdge';
  /** Pass as `after` to start the next page after this item. */
  cursor: Scalars['String']['output'];
  /** The mention. */
  node: Mention;
};

/** An audit record of a merge; it holds what is needed to undo it. */
export type MergeRecord = {
  __typename?: 'MergeRecord';
  /** Names added to the kept entity. */
  aliasesAdded: Array<Scalars['String']['output']>;
  /** Stable id, for `undoMerge`. */
  id: Scalars['ID']['output'];
  /** The entity that was kept (and received the other's names, mentions and relationships). */
  kept: Entity;
  /** When the merge was made. */
  mergedAt: Scalars['DateTime']['output'];
  /** Who made it (the API key's role). */
  mergedBy?: Maybe<Scalars['String']['output']>;
  /** The id of the entity merged away. */
  mergedId: Scalars['ID']['output'];
  /** The name of the entity merged away. */
  mergedName: Scalars['String']['output'];
  /** Number of mentions moved. */
  movedMentions: Scalars['NonNegativeInt']['output'];
  /** Number of relationships moved. */
  movedRelations: Scalars['NonNegativeInt']['output'];
  /** Why, as given by the editor. */
  reason?: Maybe<Scalars['String']['output']>;
  /** When the merge was undone; null while in force. */
  undoneAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Changes to the graph; all require the editor role and are idempotent where their names suggest it. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accepts a proposal: the relation, statement or fact claim it proposes is written with its evidence. Ends that
   * are still candidate names are resolved into new entities first (as `resolveCandidate` does); a described
   * route, event or agreement is found by its ties or created with them. A relation that already exists between
   * the same ends gets the evidence added (corroboration); a fact value that differs from a stored one becomes a
   * second claim, side by side (`conflicts`). Idempotent: accepting again returns the same result and writes
   * nothing. NOT_FOUND for an unknown id; CONFLICT for a rejected proposal, an end whose entity no longer exists,
   * or a candidate end already resolved as an entity of a kind the relation cannot connect.
   */
  acceptProposal: ProposalAcceptance;
  /** Adds another name to an entity (no-op if it already has it). */
  addAlias: Entity;
  /**
   * Adds a relationship with at least one piece of evidence, each quote located in its article (sentence and
   * offsets). The id is derived from the type, the two ends, the role and the time, so adding the same
   * relationship again is idempotent: it returns the same relationship, adds any new evidence (each quote once)
   * and lets a new note replace the old one. Unknown ends or articles are NOT_FOUND; a quote not in the article,
   * ends of the wrong kind for the type, or a time that is both a point and an interval are BAD_USER_INPUT.
   */
  addRelation: Relation;
  /**
   * Parses, links and writes an article, and says what it linked and proposed. Idempotent: the article is keyed
   * by its content hash, so ingesting the same text again writes nothing (`created: false`). A text over 200 KB
   * is LIMIT_EXCEEDED.
   */
  ingestArticle: IngestResult;
  /**
   * Merges one entity into another in one transaction: names, mentions, relationships (both directions, with
   * their evidence), statements, facts and resolved candidates move to `keep`, the merged entity is deleted, and a
   * MergeRecord keeps a snapshot of it and what moved, for audit and `undoMerge`. Both must be of the same kind
   * (BAD_USER_INPUT otherwise). Idempotent: repeating a merge that is in force returns its record unchanged.
   *
   * A relationship between the two (X MET Y, merging X into Y) would become `keep`'s relationship with itself:
   * it is removed instead, with its evidence claim, and kept on the record (it is not counted in
   * `movedRelations`); `undoMerge` restores it, claim and evidence included.
   *
   * While the merge is in force, every write that names the merged id (an ingest linked with an older entity
   * list, a relationship, a candidate resolved as its alias) follows the record and lands on `keep`; writes wait
   * for a merge of the entities they touch instead of interleaving with it, so nothing acknowledged is lost.
   * `undoMerge` gives the restored entity back what the merge moved, and also the mentions `keep` received
   * meanwhile that only the restored entity's names explain; anything else written to `keep` meanwhile stays.
   */
  mergeEntities: MergeRecord;
  /**
   * Rejects a proposal, with a reason; it stays in the queue's history (status REJECTED) and is never proposed
   * again for the same article. Rejecting again returns it unchanged; rejecting an accepted proposal is CONFLICT.
   */
  rejectProposal: Proposal;
  /**
   * Resolves a candidate name: exactly one of `asNewEntity` or `asAliasOf` (BAD_USER_INPUT otherwise). The places
   * the name was seen become mentions of the entity. Idempotent: the same resolution again returns it unchanged;
   * resolving an already resolved candidate differently is CONFLICT.
   */
  resolveCandidate: CandidateResolution;
  /**
   * Undoes a merge: restores the merged entity from its snapshot and moves back exactly what moved (a mention the
   * kept entity already had at the same place stays with it; names the merge added are removed). FAILS with
   * CONFLICT, changing nothing, if already undone (the message says when), if the kept entity has since been
   * merged away itself (undo that merge first) or if another end of a moved relationship no longer exists.
   */
  undoMerge: MergeRecord;
  /**
   * Creates an entity or updates one. Without `input.id` a new id is assigned every time, so creating is NOT
   * idempotent: ids are never derived from names (namesakes stay apart); to retry safely, update with the id
   * returned. With `input.id` it updates (idempotent; NOT_FOUND if unknown; the kind cannot change:
   * BAD_USER_INPUT): given fields replace stored ones, omitted ones stay, `null` clears them; names are only ever
   * added, the old name stays an alias. Facts of another kind (such as `orgType` for a person) are BAD_USER_INPUT.
   */
  upsertEntity: Entity;
};


/** Changes to the graph; all require the editor role and are idempotent where their names suggest it. */
export type MutationAcceptProposalArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the graph; all require the editor role and are idempotent where their names suggest it. */
export type MutationAddAliasArgs = {
  alias: Scalars['NonEmptyString']['input'];
  entityId: Scalars['ID']['input'];
};


/** Changes to the graph; all require the editor role and are idempotent where their names suggest it. */
export type MutationAddRelationArgs = {
  input: AddRelationInput;
};


/** Changes to the graph; all require the editor role and are idempotent where their names suggest it. */
export type MutationIngestArticleArgs = {
  input: IngestArticleInput;
};


/** Changes to the graph; all require the editor role and are idempotent where their names suggest it. */
export type MutationMergeEntitiesArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Changes to the graph; all require the editor role and are idempotent where their names suggest it. */
export type MutationRejectProposalArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['NonEmptyString']['input']>;
};


/** Changes to the graph; all require the editor role and are idempotent where their names suggest it. */
export type MutationResolveCandidateArgs = {
  asAliasOf?: InputMaybe<Scalars['ID']['input']>;
  asNewEntity?: InputMaybe<NewEntityFromCandidateInput>;
  candidateId: Scalars['ID']['input'];
};


/** Changes to the graph; all require the editor role and are idempotent where their names suggest it. */
export type MutationUndoMergeArgs = {
  mergeId: Scalars['ID']['input'];
};


/** Changes to the graph; all require the editor role and are idempotent where their names suggest it. */
export type MutationUpsertEntityArgs = {
  input: UpsertEntityInput;
};

/** A candidate name turned into a new entity. */
export type NewEntityFromCandidateInput = {
  /** The kind of the new entity. */
  kind: EntityKind;
  /** The canonical name, at most 300 characters; the candidate's name when omitted. */
  name?: InputMaybe<Scalars['NonEmptyString']['input']>;
};

/** An office a person holds or held in an organisation. */
export type Office = {
  __typename?: 'Office';
  /** The organisation (or body) in which the office is held. */
  organisation: Entity;
  /** The underlying HOLDS_OFFICE relationship, with its evidence. */
  relation: Relation;
  /** When the office was held, if known. */
  time?: Maybe<TimeSpan>;
  /** The office as the sources name it, such as `Security Council Secretary`. */
  title?: Maybe<Scalars['String']['output']>;
};

/** The sort of organisation. */
export type OrgType =
  /** A government agency. */
  | 'agency'
  /** An airline. */
  | 'airline'
  /** A committee, such as an intergovernmental committee. */
  | 'committee'
  /** A company that is not an airline or railway. */
  | 'company'
  /** A council, such as a security council. */
  | 'council'
  /** A national government. */
  | 'government'
  /** A news outlet or media company. */
  | 'media'
  /** A military body. */
  | 'military'
  /** A ministry. */
  | 'ministry'
  /** Anything else. */
  | 'other'
  /** A postal operator. */
  | 'postal'
  /** A railway operator. */
  | 'railway'
  /** A think tank or analysis centre. */
  | 'think_tank';

/** A company, agency, ministry, council, media outlet or other body. */
export type Organisation = Entity & {
  __typename?: 'Organisation';
  /** Every name seen for the organisation, the canonical name included. */
  aliases: Array<Scalars['String']['output']>;
  /** A one-line description, if curated. */
  description?: Maybe<Scalars['String']['output']>;
  /** Factual claims about the organisation, each with its sources. */
  facts: Array<FactClaim>;
  /** Stable id such as `org/nordwind-airlines`. */
  id: Scalars['ID']['output'];
  /** Always ORGANISATION. */
  kind: EntityKind;
  /** Where articles name the organisation: newest article first (undated last), then in text order. */
  mentions: MentionConnection;
  /** The canonical name. */
  name: Scalars['String']['output'];
  /** The sort of organisation, if known. */
  orgType?: Maybe<OrgType>;
  /** The organisation's relationships to other entities. */
  relations: RelationConnection;
  /** Statements the organisation made or that are about it. */
  statements: Array<Statement>;
};


/** A company, agency, ministry, council, media outlet or other body. */
export type OrganisationMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['PositiveInt']['input'];
};


/** A company, agency, ministry, council, media outlet or other body. */
export type OrganisationRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: RelationDirectionFilter;
  first?: Scalars['PositiveInt']['input'];
  types?: InputMaybe<Array<RelationType>>;
};


/** A company, agency, ministry, council, media outlet or other body. */
export type OrganisationStatementsArgs = {
  first?: Scalars['PositiveInt']['input'];
  role?: StatementRole;
};

/** Relay page information for a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; pass it as `after` to get the next page. Null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item on this page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The part of a hit that matched. */
export type Passage = {
  __typename?: 'Passage';
  /** Offset just past the passage in `Article.text` for article hits; null for entity names. */
  end?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Offset of the passage in `Article.text` for article hits; null for entity names. */
  start?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** The matched text: the name or alias for an entity, a sentence for an article. */
  text: Scalars['String']['output'];
};

/** A shortest connection between two entities. */
export type Path = {
  __typename?: 'Path';
  /** The hops, from the `from` entity to the `to` entity. */
  hops: Array<PathHop>;
  /** Number of hops. */
  length: Scalars['PositiveInt']['output'];
};

/** One step of a path. */
export type PathHop = {
  __typename?: 'PathHop';
  /** OUTGOING when the relationship points the way the path walks, INCOMING when the path walks it backwards. */
  direction: RelationDirection;
  /** The sentences supporting the relationship (the same as `relation.evidence`). */
  evidence: Array<Evidence>;
  /** The entity this hop leaves. */
  from: Entity;
  /** The relationship walked; its `subject` is `from` when OUTGOING, `to` when INCOMING. */
  relation: Relation;
  /** The entity this hop reaches. */
  to: Entity;
};

/** A natural person. */
export type Person = Entity & {
  __typename?: 'Person';
  /** Every name seen for the person, the canonical name included. */
  aliases: Array<Scalars['String']['output']>;
  /** A one-line description, if curated. */
  description?: Maybe<Scalars['String']['output']>;
  /** Factual claims about the person, each with its sources. */
  facts: Array<FactClaim>;
  /** Stable id such as `person/sergei-shoigu`. */
  id: Scalars['ID']['output'];
  /** Always PERSON. */
  kind: EntityKind;
  /** Where articles name the person: newest article first (undated last), then in text order. */
  mentions: MentionConnection;
  /** The canonical name. */
  name: Scalars['String']['output'];
  /** Nationality as stated by the curated graph, if known. */
  nationality?: Maybe<Scalars['String']['output']>;
  /** The person's relationships to other entities. */
  relations: RelationConnection;
  /** Offices the person holds or held (their HOLDS_OFFICE relationships), with the organisation and time. */
  roles: Array<Office>;
  /** Statements the person made or that are about them. */
  statements: Array<Statement>;
};


/** A natural person. */
export type PersonMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['PositiveInt']['input'];
};


/** A natural person. */
export type PersonRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: RelationDirectionFilter;
  first?: Scalars['PositiveInt']['input'];
  types?: InputMaybe<Array<RelationType>>;
};


/** A natural person. */
export type PersonStatementsArgs = {
  first?: Scalars['PositiveInt']['input'];
  role?: StatementRole;
};

/** A country, city, region, airport, station, resort, building or zone. */
export type Place = Entity & {
  __typename?: 'Place';
  /** Every name seen for the place, the canonical name included. */
  aliases: Array<Scalars['String']['output']>;
  /** A one-line description, if curated. */
  description?: Maybe<Scalars['String']['output']>;
  /** Factual claims about the place, each with its sources. */
  facts: Array<FactClaim>;
  /** Stable id such as `place/pyongyang`. */
  id: Scalars['ID']['output'];
  /** Always PLACE. */
  kind: EntityKind;
  /** Where articles name the place: newest article first (undated last), then in text order. */
  mentions: MentionConnection;
  /** The canonical name. */
  name: Scalars['String']['output'];
  /** The sort of place, if known. */
  placeType?: Maybe<PlaceType>;
  /** The place's relationships to other entities. */
  relations: RelationConnection;
  /** Statements about the place. */
  statements: Array<Statement>;
};


/** A country, city, region, airport, station, resort, building or zone. */
export type PlaceMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['PositiveInt']['input'];
};


/** A country, city, region, airport, station, resort, building or zone. */
export type PlaceRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: RelationDirectionFilter;
  first?: Scalars['PositiveInt']['input'];
  types?: InputMaybe<Array<RelationType>>;
};


/** A country, city, region, airport, station, resort, building or zone. */
export type PlaceStatementsArgs = {
  first?: Scalars['PositiveInt']['input'];
  role?: StatementRole;
};

/** The sort of place. */
export type PlaceType =
  /** An airport. */
  | 'airport'
  /** A building, such as a palace. */
  | 'building'
  /** A city. */
  | 'city'
  /** A sovereign country. */
  | 'country'
  /** Anything else. */
  | 'other'
  /** A region, province or territory. */
  | 'region'
  /** A resort. */
  | 'resort'
  /** A railway station. */
  | 'station'
  /** A designated zone, such as a tourist zone. */
  | 'zone';

/**
 * A relationship, statement or fact the ingestion pipeline read in an article, waiting for an editor. Proposals
 * are kept apart from confirmed knowledge: they appear in no traversal, path, neighbourhood, corroboration or
 * timeline until accepted. Each carries the rule that produced it, a confidence and its evidence. Never cached:
 * review queues change.
 */
export type Proposal = {
  __typename?: 'Proposal';
  /** How often the rule is right, between 0 and 1. */
  confidence: Scalars['Float']['output'];
  /** When it was proposed. */
  createdAt: Scalars['DateTime']['output'];
  /** Where the article states it. */
  evidence: Evidence;
  /** Stable id, derived from the article and what is proposed (ingesting the article again proposes the same ids). */
  id: Scalars['ID']['output'];
  /** Relation, statement or fact. */
  kind: ProposalKind;
  /** For relations: the object. */
  object?: Maybe<ProposalEnd>;
  /** For date facts: how precise the value is. */
  precision?: Maybe<DatePrecision>;
  /** For facts: the property, such as `frequency`. */
  property?: Maybe<Scalars['String']['output']>;
  /** For statements: the speaker's words (a substring of `Article.text`). */
  quote?: Maybe<Scalars['String']['output']>;
  /** For statements: quoted or reported. */
  quoteMode?: Maybe<QuoteMode>;
  /** Why it was rejected. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Once accepted: the id of the relationship, statement or fact claim it became. */
  resultId?: Maybe<Scalars['ID']['output']>;
  /** When an editor accepted or rejected it. */
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** For relations: the office or function (`HOLDS_OFFICE`, `WORKS_FOR`), as the article words it. */
  role?: Maybe<Scalars['String']['output']>;
  /** The extraction rule that produced it, such as `office.appositive-after-name`. */
  rule: Scalars['String']['output'];
  /** Where it stands in review. */
  status: ProposalStatus;
  /** The relation's subject, the statement's speaker or the fact's subject. */
  subject: ProposalEnd;
  /** For relations: when it happened, if its sentence gives one date (a visit, a meeting, a departure). */
  time?: Maybe<TimeSpan>;
  /** For relations: the relationship type. */
  type?: Maybe<RelationType>;
  /** For facts: the value in normal form. */
  value?: Maybe<Scalars['String']['output']>;
  /** For facts: the value as the article words it. */
  valueText?: Maybe<Scalars['String']['output']>;
};

/** What accepting a proposal did. */
export type ProposalAcceptance = {
  __typename?: 'ProposalAcceptance';
  /** Entities created to accept it (from candidate names or described routes, events and agreements). */
  created: Array<Entity>;
  /** For a fact: the fact claim (a second claim beside a disagreeing one shows up in `conflicts`). */
  fact?: Maybe<FactClaim>;
  /** The proposal, now accepted. */
  proposal: Proposal;
  /** For a relation: the relationship it became, or the existing one it added its evidence to. */
  relation?: Maybe<Relation>;
  /** For a statement: the statement. */
  statement?: Maybe<Statement>;
};

/** A page of proposals, highest confidence first. */
export type ProposalConnection = {
  __typename?: 'ProposalConnection';
  /** The proposals on this page. */
  edges: Array<ProposalEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of proposals matching the filter, in all pages. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** A proposal with its cursor. */
export type ProposalEdge = {
  __typename?: 'ProposalEdge';
  /** Pass as `after` to start the next page after this item. */
  cursor: Scalars['String']['output'];
  /** The proposal. */
  node: Proposal;
};

/** One end of a proposal: a known entity, a candidate name, or a route, event or agreement described by its ties. */
export type ProposalEnd = {
  __typename?: 'ProposalEnd';
  /**
   * The candidate, when the name is not yet an entity. Accepting the proposal resolves it into a new entity of
   * `kind` first (as `resolveCandidate` does), or uses the entity it was already resolved to.
   */
  candidate?: Maybe<Candidate>;
  /**
   * For a route, event or agreement the article describes rather than names ("flights between A and B"): what
   * identifies it. Accepting finds the entity with these ties, or creates it with them.
   */
  described?: Maybe<DescribedEnd>;
  /** The known entity, when the article's name is linked to one. */
  entity?: Maybe<Entity>;
  /** What kind of entity it is, or will be. */
  kind: EntityKind;
  /** The name as the article gives it (or a made-up name for a described thing). */
  name: Scalars['String']['output'];
};

/** Which proposals to list. */
export type ProposalFilter = {
  /** Only those read in this article (an id of at most 200 characters). */
  article?: InputMaybe<Scalars['ID']['input']>;
  /** Only those with this entity at one end (subject, object or speaker; an id of at most 200 characters). */
  entity?: InputMaybe<Scalars['ID']['input']>;
  /** Only relations, statements or facts. */
  kind?: InputMaybe<ProposalKind>;
  /** Only those at least this confident (0 to 1). */
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** Which review state (pending unless given). */
  status?: InputMaybe<ProposalStatus>;
  /** Only relations of this type. */
  type?: InputMaybe<RelationType>;
};

/** What a proposal would add to the graph once accepted. */
export type ProposalKind =
  /** A value stated about an entity (a `FactClaim`). */
  | 'fact'
  /** A relationship between two entities (a type from the allow-list). */
  | 'relation'
  /** Something a speaker said (a `Statement`). */
  | 'statement';

/** Where a proposal stands in review. */
export type ProposalStatus =
  /** Accepted: what it proposed is in the graph (see `Proposal.result`). */
  | 'accepted'
  /** Waiting for an editor. */
  | 'pending'
  /** Rejected by an editor, with a reason. */
  | 'rejected';

/**
 * Reads. Page sizes (`first`, `limit`) above the server's page-size limit, depths above 3 and hop counts above
 * the server's hop limit fail with LIMIT_EXCEEDED; they are never silently reduced.
 */
export type Query = {
  __typename?: 'Query';
  /** One article by id. An unknown id makes the field null with a NOT_FOUND error naming the id. */
  article?: Maybe<Article>;
  /** A page of articles, newest first (undated last). */
  articles: ArticleConnection;
  /** Candidate names waiting for review (or already reviewed), oldest first; meant for editors, access follows the server's auth settings. */
  candidates: CandidateConnection;
  /** Entities named in the same articles as an entity, most shared articles first. Unknown id: NOT_FOUND. */
  coMentions: Array<CoMention>;
  /**
   * Properties on which sources disagree (more than one value for the same subject and property), each value
   * with its sources. With `subject`, only that entity's (NOT_FOUND if unknown).
   */
  conflicts: Array<Conflict>;
  /** A page of entities, filtered and sorted. */
  entities: EntityConnection;
  /**
   * One entity by id. An unknown id is an error, not an empty answer: the field is null and the response
   * carries a NOT_FOUND error whose `extensions.id` is the id asked for.
   */
  entity?: Maybe<Entity>;
  /**
   * The entities within `depth` relationship hops of an entity and the relationships among them, ready to draw.
   * Walks only allow-listed entity relationships, never through articles. Unknown id: null with NOT_FOUND.
   */
  neighbourhood?: Maybe<Graph>;
  /**
   * The shortest connections between two entities over allow-listed relationships, either direction, each hop
   * with its evidence. Empty when they are not connected within `maxHops`. Unknown ids: NOT_FOUND.
   */
  paths: Array<Path>;
  /**
   * The review queue: relations, statements and facts proposed by ingestion, highest confidence first (keyset
   * pages: a deep page costs what the first does). Requires the editor role.
   */
  proposals: ProposalConnection;
  /**
   * Ranked search over entity names and aliases and over article titles and text. Tolerant of transliteration
   * variants (`Sergey Shoygu` finds Sergei Shoigu). The text is taken literally: query syntax such as quotes,
   * brackets, `*`, `:` or AND/OR is not interpreted, text with no letters or digits finds nothing, and only the
   * first 32 distinct words count.
   */
  search: Array<SearchHit>;
  /**
   * Dated items in date order: relationships with a time, events, dated statements and articles by publication
   * day. With `id`, only items involving that entity (NOT_FOUND if unknown). `from`/`to` keep items whose date
   * overlaps the range at its own precision (`2025-07` is inside `from: "2025-07-15"`).
   */
  timeline: Array<TimelineItem>;
};


/**
 * Reads. Page sizes (`first`, `limit`) above the server's page-size limit, depths above 3 and hop counts above
 * the server's hop limit fail with LIMIT_EXCEEDED; they are never silently reduced.
 */
export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Reads. Page sizes (`first`, `limit`) above the server's page-size limit, depths above 3 and hop counts above
 * the server's hop limit fail with LIMIT_EXCEEDED; they are never silently reduced.
 */
export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: Scalars['PositiveInt']['input'];
};


/**
 * Reads. Page sizes (`first`, `limit`) above the server's page-size limit, depths above 3 and hop counts above
 * the server's hop limit fail with LIMIT_EXCEEDED; they are never silently reduced.
 */
export type QueryCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['PositiveInt']['input'];
  status?: CandidateStatus;
};


/**
 * Reads. Page sizes (`first`, `limit`) above the server's page-size limit, depths above 3 and hop counts above
 * the server's hop limit fail with LIMIT_EXCEEDED; they are never silently reduced.
 */
export type QueryCoMentionsArgs = {
  first?: Scalars['PositiveInt']['input'];
  id: Scalars['ID']['input'];
};


/**
 * Reads. Page sizes (`first`, `limit`) above the server's page-size limit, depths above 3 and hop counts above
 * the server's hop limit fail with LIMIT_EXCEEDED; they are never silently reduced.
 */
export type QueryConflictsArgs = {
  first?: Scalars['PositiveInt']['input'];
  subject?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Reads. Page sizes (`first`, `limit`) above the server's page-size limit, depths above 3 and hop counts above
 * the server's hop limit fail with LIMIT_EXCEEDED; they are never silently reduced.
 */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: Scalars['PositiveInt']['input'];
  sort?: EntitySort;
};


/**
 * Reads. Page sizes (`first`, `limit`) above the server's page-size limit, depths above 3 and hop counts above
 * the server's hop limit fail with LIMIT_EXCEEDED; they are never silently reduced.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Reads. Page sizes (`first`, `limit`) above the server's page-size limit, depths above 3 and hop counts above
 * the server's hop limit fail with LIMIT_EXCEEDED; they are never silently reduced.
 */
export type QueryNeighbourhoodArgs = {
  depth?: Scalars['PositiveInt']['input'];
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: Scalars['PositiveInt']['input'];
  relationTypes?: InputMaybe<Array<RelationType>>;
};


/**
 * Reads. Page sizes (`first`, `limit`) above the server's page-size limit, depths above 3 and hop counts above
 * the server's hop limit fail with LIMIT_EXCEEDED; they are never silently reduced.
 */
export type QueryPathsArgs = {
  first?: Scalars['PositiveInt']['input'];
  from: Scalars['ID']['input'];
  maxHops?: Scalars['PositiveInt']['input'];
  relationTypes?: InputMaybe<Array<RelationType>>;
  to: Scalars['ID']['input'];
};


/**
 * Reads. Page sizes (`first`, `limit`) above the server's page-size limit, depths above 3 and hop counts above
 * the server's hop limit fail with LIMIT_EXCEEDED; they are never silently reduced.
 */
export type QueryProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProposalFilter>;
  first?: Scalars['PositiveInt']['input'];
};


/**
 * Reads. Page sizes (`first`, `limit`) above the server's page-size limit, depths above 3 and hop counts above
 * the server's hop limit fail with LIMIT_EXCEEDED; they are never silently reduced.
 */
export type QuerySearchArgs = {
  first?: Scalars['PositiveInt']['input'];
  kinds?: InputMaybe<Array<SearchKind>>;
  text: Scalars['NonEmptyString']['input'];
};


/**
 * Reads. Page sizes (`first`, `limit`) above the server's page-size limit, depths above 3 and hop counts above
 * the server's hop limit fail with LIMIT_EXCEEDED; they are never silently reduced.
 */
export type QueryTimelineArgs = {
  first?: Scalars['PositiveInt']['input'];
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<TimelineItemKind>>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** How a proposed statement gives the speaker's words. */
export type QuoteMode =
  /** Quoted word for word, between quotation marks. */
  | 'direct'
  /** Reported: the article paraphrases what was said (`X said that ...`). */
  | 'indirect';

/**
 * A relationship between two entities, with its time and evidence. Every field reads the same from either end
 * (caches that normalise by `__typename` and `id` can merge copies safely); what depends on the end it was
 * reached from, the direction and the other end, is on `RelationEdge` and `PathHop`.
 */
export type Relation = {
  __typename?: 'Relation';
  /** How many articles and outlets support the relationship. */
  corroboration: Corroboration;
  /** The sentences supporting the relationship, in article order. */
  evidence: Array<Evidence>;
  /** Stable id of the relationship; also the id of its evidence claim. */
  id: Scalars['ID']['output'];
  /** A curator's note, if any. */
  note?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship points to. */
  object: Entity;
  /** The role or office, when the type carries one (HOLDS_OFFICE, PARTICIPATED_IN...). */
  role?: Maybe<Scalars['String']['output']>;
  /** The entity the relationship points from. */
  subject: Entity;
  /** When the relationship held; null when the sources give no time. */
  time?: Maybe<TimeSpan>;
  /** The relationship type. */
  type: RelationType;
};

/** A relationship that has just been added, given more evidence, or accepted. */
export type RelationAddedEvent = {
  __typename?: 'RelationAddedEvent';
  /** How it came about. */
  change: RelationChange;
  /** The relationship, with its evidence. */
  relation: Relation;
};

/** How a relationship came to be announced. */
export type RelationChange =
  /** An editor accepted it from a proposal. */
  | 'accepted'
  /** An editor added it (`addRelation`), or gave it more evidence. */
  | 'added';

/** A page of relationships. */
export type RelationConnection = {
  __typename?: 'RelationConnection';
  /** The relationships on this page. */
  edges: Array<RelationEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of relationships in all pages. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

/**
 * Which way a relationship points as seen from one of its ends: the entity it is listed under (`RelationEdge`)
 * or the entity a path walks it from (`PathHop`). A viewpoint, so never a field of `Relation` itself.
 */
export type RelationDirection =
  /** The entity is the object: (other)-[relation]->(entity). */
  | 'INCOMING'
  /** The entity is the subject: (entity)-[relation]->(other). */
  | 'OUTGOING';

/** Which relationships to list, by their direction as seen from the entity. */
export type RelationDirectionFilter =
  /** Both directions. */
  | 'BOTH'
  /** Only relationships where the entity is the object. */
  | 'INCOMING'
  /** Only relationships where the entity is the subject. */
  | 'OUTGOING';

/**
 * A relationship as listed under one of its ends, with its cursor. The edge carries the viewpoint (it has no
 * id, so a normalising cache keeps it inside the list it belongs to); the node is the same from either end.
 */
export type RelationEdge = {
  __typename?: 'RelationEdge';
  /** Pass as `after` to start the next page after this item. */
  cursor: Scalars['String']['output'];
  /** Which way the relationship points as seen from the entity it is listed under. */
  direction: RelationDirection;
  /** The relationship. */
  node: Relation;
  /** The other end: `node.object` when OUTGOING, `node.subject` when INCOMING. */
  other: Entity;
};

/** A dated relationship on a timeline. */
export type RelationTimelineItem = TimelineItem & {
  __typename?: 'RelationTimelineItem';
  /** When the relationship held or began. */
  date: Scalars['PartialDate']['output'];
  /** How precise `date` is. */
  precision: DatePrecision;
  /** The relationship, with evidence. */
  relation: Relation;
  /** Such as `Alexander Kozlov TRAVELLED_ON Moscow–Pyongyang flight`. */
  summary: Scalars['String']['output'];
};

/**
 * The type of a relationship between two entities. Mirrors the allow-list in `src/graph/relation-types.ts`:
 * only these types are ever traversed, filtered on or returned.
 */
export type RelationType =
  /** A person or organisation announced a route, agreement or event. */
  | 'ANNOUNCED'
  /** Two parties cooperate. */
  | 'COOPERATES_WITH'
  /** A person, flight or route departed from a place. */
  | 'DEPARTED_FROM'
  /** A route ends at a place. */
  | 'DESTINATION'
  /** A person holds an office in an organisation (`role` names the office). */
  | 'HOLDS_OFFICE'
  /** A place or organisation is located in a place. */
  | 'LOCATED_IN'
  /** A person or organisation is a member of an organisation or body. */
  | 'MEMBER_OF'
  /** Two parties met. */
  | 'MET'
  /** An organisation operates a route. */
  | 'OPERATES'
  /** A route starts at a place. */
  | 'ORIGIN'
  /** A party took part in an event. */
  | 'PARTICIPATED_IN'
  /** A party is a party to an agreement. */
  | 'PARTY_TO'
  /** An organisation or place is part of a larger one. */
  | 'PART_OF'
  /** A person or organisation proposed a route, agreement or event. */
  | 'PROPOSED'
  /** An organisation addressed a proposal to another (such as an agency to airlines). */
  | 'PROPOSED_TO'
  /** A media organisation reported something. */
  | 'REPORTED'
  /** A party sanctions another party. */
  | 'SANCTIONS'
  /** A route stops at a place between its origin and destination. */
  | 'STOPS_AT'
  /** A party supports another party. */
  | 'SUPPORTS'
  /** An event took place in a place. */
  | 'TOOK_PLACE_IN'
  /** A person travelled on a route or flight. */
  | 'TRAVELLED_ON'
  /** A person or delegation visited a place. */
  | 'VISITED'
  /** A person works for an organisation without holding a named office. */
  | 'WORKS_FOR';

/** A transport link by air, rail or post. */
export type Route = Entity & {
  __typename?: 'Route';
  /** Every name seen for the route, the canonical name included. */
  aliases: Array<Scalars['String']['output']>;
  /** A one-line description, if curated. */
  description?: Maybe<Scalars['String']['output']>;
  /** Where the route ends (its DESTINATION relationship). */
  destination?: Maybe<Place>;
  /** Factual claims about the route (such as its first service date), each with its sources; disagreeing values all appear. */
  facts: Array<FactClaim>;
  /** The curated date of the first service, if known. Sources may disagree: see `facts` and `Query.conflicts`. */
  firstService?: Maybe<TimePoint>;
  /** How often it runs, in the words of the source (such as `once a month`). */
  frequency?: Maybe<Scalars['String']['output']>;
  /** Stable id such as `route/moscow-pyongyang-air`. */
  id: Scalars['ID']['output'];
  /** Always ROUTE. */
  kind: EntityKind;
  /** Where articles name the route: newest article first (undated last), then in text order. */
  mentions: MentionConnection;
  /** How the route carries people or goods. */
  mode?: Maybe<RouteMode>;
  /** The canonical name. */
  name: Scalars['String']['output'];
  /** Who operates the route (OPERATES relationships pointing at it). */
  operators: Array<Organisation>;
  /** Where the route starts (its ORIGIN relationship). */
  origin?: Maybe<Place>;
  /** The route's relationships to other entities. */
  relations: RelationConnection;
  /** Statements about the route. */
  statements: Array<Statement>;
  /** Where the route stands, as last reported. */
  status?: Maybe<RouteStatus>;
  /** Intermediate stops (its STOPS_AT relationships). */
  stops: Array<Place>;
};


/** A transport link by air, rail or post. */
export type RouteMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['PositiveInt']['input'];
};


/** A transport link by air, rail or post. */
export type RouteRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: RelationDirectionFilter;
  first?: Scalars['PositiveInt']['input'];
  types?: InputMaybe<Array<RelationType>>;
};


/** A transport link by air, rail or post. */
export type RouteStatementsArgs = {
  first?: Scalars['PositiveInt']['input'];
  role?: StatementRole;
};

/** How a route carries people or goods. */
export type RouteMode =
  /** By aircraft. */
  | 'air'
  /** By post (parcels and letters). */
  | 'post'
  /** By train. */
  | 'rail';

/** Where a route stands, as last reported. */
export type RouteStatus =
  /** Running. */
  | 'operating'
  /** Proposed but not running. */
  | 'proposed'
  /** Running again after a suspension. */
  | 'resumed'
  /** Stopped for now. */
  | 'suspended';

/** One ranked search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** Which part matched. */
  matchedOn: SearchMatchField;
  /** What matched: an entity or an article. */
  node: SearchResult;
  /** The matched passage. */
  passage: Passage;
  /** Relevance between 0 and 1; each index's best hit scores 1, others relative to it. */
  score: Scalars['Float']['output'];
};

/** What `search` may return. */
export type SearchKind =
  /** Agreements. */
  | 'AGREEMENT'
  /** Articles, matched on title and text. */
  | 'ARTICLE'
  /** Events. */
  | 'EVENT'
  /** Organisations. */
  | 'ORGANISATION'
  /** People. */
  | 'PERSON'
  /** Places. */
  | 'PLACE'
  /** Routes. */
  | 'ROUTE';

/** What part of a search hit matched the text. */
export type SearchMatchField =
  /** One of the entity's other names (aliases, transliterations). */
  | 'ALIAS'
  /** The entity's canonical name. */
  | 'NAME'
  /** The article's text. */
  | 'TEXT'
  /** The article's title. */
  | 'TITLE';

/** Anything `search` can return. */
export type SearchResult = Agreement | Article | Event | Organisation | Person | Place | Route;

/** A quoted statement reported in an article. */
export type Statement = {
  __typename?: 'Statement';
  /** The entities the statement is about. */
  about: Array<Entity>;
  /** The article reporting the statement. */
  article: Article;
  /** When the statement was made, if the article says; not the publication date. */
  date?: Maybe<Scalars['PartialDate']['output']>;
  /** Offset just past the quote's last character in the article text. */
  end: Scalars['NonNegativeInt']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The words quoted. */
  quote: Scalars['String']['output'];
  /** The sentence reporting the quote. */
  sentence: Scalars['String']['output'];
  /** Who made the statement, if known. */
  speaker?: Maybe<Entity>;
  /** Offset of the quote's first character in the article text. */
  start: Scalars['NonNegativeInt']['output'];
};

/** How an entity is involved in a statement. */
export type StatementRole =
  /** Either. */
  | 'ANY'
  /** The entity made the statement. */
  | 'SPEAKER'
  /** The statement is about the entity. */
  | 'SUBJECT';

/** A dated statement on a timeline. */
export type StatementTimelineItem = TimelineItem & {
  __typename?: 'StatementTimelineItem';
  /** When the statement was made. */
  date: Scalars['PartialDate']['output'];
  /** How precise `date` is. */
  precision: DatePrecision;
  /** The statement. */
  statement: Statement;
  /** Speaker and quote, shortened. */
  summary: Scalars['String']['output'];
};

/**
 * Live updates, over WebSocket at the same URL as queries (`ws://host/graphql`, the graphql-ws protocol,
 * subprotocol `graphql-transport-ws`). Send the API key as `apiKey` in the connection parameters (or as an
 * `x-api-key` / `Authorization: Bearer` header of the upgrade request). Subscriptions are reads: they follow the
 * same access rule as queries (`READS_REQUIRE_AUTH`) and the same depth, alias, token and cost limits, and are
 * refused with the same error codes. Every replica announces what is written through it; with `REDIS_URL` set,
 * subscribers on every replica hear it. An event is announced after its write is committed; a subscriber that
 * reconnects should re-read what it shows, since events sent while it was away are not replayed.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** Every new article (ingesting a text already in the graph announces nothing). */
  articleIngested: ArticleIngestedEvent;
  /** Every new article naming an entity. Unknown id: NOT_FOUND. */
  entityMentioned: EntityMentionedEvent;
  /** New relationships, more evidence for existing ones, and accepted proposals. */
  relationAdded: RelationAddedEvent;
};


/**
 * Live updates, over WebSocket at the same URL as queries (`ws://host/graphql`, the graphql-ws protocol,
 * subprotocol `graphql-transport-ws`). Send the API key as `apiKey` in the connection parameters (or as an
 * `x-api-key` / `Authorization: Bearer` header of the upgrade request). Subscriptions are reads: they follow the
 * same access rule as queries (`READS_REQUIRE_AUTH`) and the same depth, alias, token and cost limits, and are
 * refused with the same error codes. Every replica announces what is written through it; with `REDIS_URL` set,
 * subscribers on every replica hear it. An event is announced after its write is committed; a subscriber that
 * reconnects should re-read what it shows, since events sent while it was away are not replayed.
 */
export type SubscriptionEntityMentionedArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Live updates, over WebSocket at the same URL as queries (`ws://host/graphql`, the graphql-ws protocol,
 * subprotocol `graphql-transport-ws`). Send the API key as `apiKey` in the connection parameters (or as an
 * `x-api-key` / `Authorization: Bearer` header of the upgrade request). Subscriptions are reads: they follow the
 * same access rule as queries (`READS_REQUIRE_AUTH`) and the same depth, alias, token and cost limits, and are
 * refused with the same error codes. Every replica announces what is written through it; with `REDIS_URL` set,
 * subscribers on every replica hear it. An event is announced after its write is committed; a subscriber that
 * reconnects should re-read what it shows, since events sent while it was away are not replayed.
 */
export type SubscriptionRelationAddedArgs = {
  entityId?: InputMaybe<Scalars['ID']['input']>;
};

/** A point in time known to a stated precision. */
export type TimePoint = {
  __typename?: 'TimePoint';
  /** The date, as precise as the source states it. */
  date: Scalars['PartialDate']['output'];
  /** How precise `date` is. */
  precision: DatePrecision;
};

/** A date with its precision. */
export type TimePointInput = {
  /** The date, as precise as known. */
  date: Scalars['PartialDate']['input'];
  /** How precise; derived from `date` when omitted. */
  precision?: InputMaybe<DatePrecision>;
};

/**
 * When a relationship held: a point in time (`at`) or an interval (`start`/`end`, either may be open), each as
 * precise as the source states it. This is event time, kept apart from the publication time of the articles.
 */
export type TimeSpan = {
  __typename?: 'TimeSpan';
  /** The point in time the relationship refers to, when it is a single moment (a flight, a meeting). */
  at?: Maybe<Scalars['PartialDate']['output']>;
  /** When the relationship ended, if known; null with a `start` means it is ongoing as far as the sources say. */
  end?: Maybe<Scalars['PartialDate']['output']>;
  /** How precise the dates are. */
  precision?: Maybe<DatePrecision>;
  /** When the relationship began, if known. */
  start?: Maybe<Scalars['PartialDate']['output']>;
};

/** When a relationship held. */
export type TimeSpanInput = {
  /** A point in time. */
  at?: InputMaybe<Scalars['PartialDate']['input']>;
  /** The end of an interval. */
  end?: InputMaybe<Scalars['PartialDate']['input']>;
  /** How precise the dates are; derived from them when omitted. */
  precision?: InputMaybe<DatePrecision>;
  /** The start of an interval. */
  start?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** Something placed on a timeline. */
export type TimelineItem = {
  /** When, as precisely as known. Items sort by this text, so `2025` comes before `2025-07`. */
  date: Scalars['PartialDate']['output'];
  /** How precise `date` is. */
  precision: DatePrecision;
  /** A one-line human-readable summary. */
  summary: Scalars['String']['output'];
};

/** The kinds of item a timeline can hold. */
export type TimelineItemKind =
  /** An article, placed at its publication date. */
  | 'ARTICLE'
  /** An event with a date. */
  | 'EVENT'
  /** A dated relationship (an office held, a flight taken, a meeting). */
  | 'RELATION'
  /** A dated statement. */
  | 'STATEMENT';

/** An entity to create or update. */
export type UpsertEntityInput = {
  /** Agreement: sort in words (at most 300 characters). */
  agreementKind?: InputMaybe<Scalars['String']['input']>;
  /** Agreement: status. */
  agreementStatus?: InputMaybe<AgreementStatus>;
  /** More names, each at most 300 characters; the canonical name is always an alias too. */
  aliases?: InputMaybe<Array<Scalars['NonEmptyString']['input']>>;
  /** Agreement or event: date. */
  date?: InputMaybe<TimePointInput>;
  /** A one-line description, at most 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Event: sort in words (at most 300 characters). */
  eventType?: InputMaybe<Scalars['String']['input']>;
  /** Route: first service date. */
  firstService?: InputMaybe<TimePointInput>;
  /** Route: frequency in words (at most 300 characters). */
  frequency?: InputMaybe<Scalars['String']['input']>;
  /** The entity to update (at most 200 characters); a new id is assigned when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The kind (cannot change on update). */
  kind: EntityKind;
  /** Route: mode. */
  mode?: InputMaybe<RouteMode>;
  /** The canonical name, at most 300 characters. */
  name: Scalars['NonEmptyString']['input'];
  /** Person: nationality (at most 300 characters). */
  nationality?: InputMaybe<Scalars['String']['input']>;
  /** Organisation: sort. */
  orgType?: InputMaybe<OrgType>;
  /** Place: sort. */
  placeType?: InputMaybe<PlaceType>;
  /** Route: status. */
  routeStatus?: InputMaybe<RouteStatus>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  SearchResult:
    | ( EntityRow )
    | ( ArticleRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddRelationInput: AddRelationInput;
  Agreement: ResolverTypeWrapper<EntityRow>;
  AgreementStatus: ResolverTypeWrapper<AgreementStatus>;
  AliasLearning: ResolverTypeWrapper<AliasLearning>;
  Article: ResolverTypeWrapper<ArticleRow>;
  ArticleConnection: ResolverTypeWrapper<ArticlePage>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleFilter: ArticleFilter;
  ArticleIngestedEvent: ResolverTypeWrapper<ArticleIngestedPayload>;
  ArticleTimelineItem: ResolverTypeWrapper<ArticleTimelineItemRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CacheControlScope: CacheControlScope;
  Candidate: ResolverTypeWrapper<CandidateRow>;
  CandidateAliasSuggestion: ResolverTypeWrapper<Omit<CandidateAliasSuggestion, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  CandidateCategory: ResolverTypeWrapper<CandidateCategory>;
  CandidateConnection: ResolverTypeWrapper<CandidatePage>;
  CandidateEdge: ResolverTypeWrapper<Omit<CandidateEdge, 'node'> & { node: ResolversTypes['Candidate'] }>;
  CandidateResolution: ResolverTypeWrapper<Omit<CandidateResolution, 'candidate' | 'entity'> & { candidate: ResolversTypes['Candidate'], entity: ResolversTypes['Entity'] }>;
  CandidateSighting: ResolverTypeWrapper<CandidateSightingRow>;
  CandidateStatus: ResolverTypeWrapper<CandidateStatus>;
  CoMention: ResolverTypeWrapper<CoMentionRow>;
  Conflict: ResolverTypeWrapper<ConflictRow>;
  ConflictValue: ResolverTypeWrapper<ConflictValueRow>;
  Corroboration: ResolverTypeWrapper<Corroboration>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DatePrecision: ResolverTypeWrapper<DatePrecision>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DescribedEnd: ResolverTypeWrapper<DescribedEndValue>;
  DescribedLink: ResolverTypeWrapper<DescribedLinkValue>;
  Entity: ResolverTypeWrapper<EntityRow>;
  EntityConnection: ResolverTypeWrapper<EntityPage>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityFilter: EntityFilter;
  EntityKind: ResolverTypeWrapper<EntityKind>;
  EntityMentionedEvent: ResolverTypeWrapper<EntityMentionedValue>;
  EntitySort: EntitySort;
  Event: ResolverTypeWrapper<EntityRow>;
  EventTimelineItem: ResolverTypeWrapper<EventTimelineItemRow>;
  Evidence: ResolverTypeWrapper<EvidenceRow>;
  EvidenceInput: EvidenceInput;
  FactClaim: ResolverTypeWrapper<FactRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Graph: ResolverTypeWrapper<GraphRow>;
  GraphEdge: ResolverTypeWrapper<EdgeRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestArticleInput: IngestArticleInput;
  IngestResult: ResolverTypeWrapper<Omit<IngestResult, 'article' | 'candidates' | 'linked' | 'proposals'> & { article: ResolversTypes['Article'], candidates: Array<ResolversTypes['Candidate']>, linked: Array<ResolversTypes['LinkedEntity']>, proposals: Array<ResolversTypes['Proposal']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LinkDirection: ResolverTypeWrapper<LinkDirection>;
  LinkedEntity: ResolverTypeWrapper<Omit<LinkedEntity, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  Mention: ResolverTypeWrapper<MentionRow>;
  MentionConnection: ResolverTypeWrapper<MentionPage>;
  MentionEdge: ResolverTypeWrapper<Omit<MentionEdge, 'node'> & { node: ResolversTypes['Mention'] }>;
  MergeRecord: ResolverTypeWrapper<Omit<MergeRecord, 'kept'> & { kept: ResolversTypes['Entity'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewEntityFromCandidateInput: NewEntityFromCandidateInput;
  NonEmptyString: ResolverTypeWrapper<Scalars['NonEmptyString']['output']>;
  NonNegativeInt: ResolverTypeWrapper<Scalars['NonNegativeInt']['output']>;
  Office: ResolverTypeWrapper<OfficeRow>;
  OrgType: ResolverTypeWrapper<OrgType>;
  Organisation: ResolverTypeWrapper<EntityRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartialDate: ResolverTypeWrapper<Scalars['PartialDate']['output']>;
  Passage: ResolverTypeWrapper<PassageRow>;
  Path: ResolverTypeWrapper<PathRow>;
  PathHop: ResolverTypeWrapper<HopRow>;
  Person: ResolverTypeWrapper<EntityRow>;
  Place: ResolverTypeWrapper<EntityRow>;
  PlaceType: ResolverTypeWrapper<PlaceType>;
  PositiveInt: ResolverTypeWrapper<Scalars['PositiveInt']['output']>;
  Proposal: ResolverTypeWrapper<ProposalRow>;
  ProposalAcceptance: ResolverTypeWrapper<AcceptanceValue>;
  ProposalConnection: ResolverTypeWrapper<ProposalPage>;
  ProposalEdge: ResolverTypeWrapper<ProposalEdgeValue>;
  ProposalEnd: ResolverTypeWrapper<ProposalEndValue>;
  ProposalFilter: ProposalFilter;
  ProposalKind: ResolverTypeWrapper<ProposalKind>;
  ProposalStatus: ResolverTypeWrapper<ProposalStatus>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuoteMode: ResolverTypeWrapper<QuoteMode>;
  Relation: ResolverTypeWrapper<RelationRow>;
  RelationAddedEvent: ResolverTypeWrapper<RelationAddedPayload>;
  RelationChange: ResolverTypeWrapper<RelationChange>;
  RelationConnection: ResolverTypeWrapper<RelationPage>;
  RelationDirection: RelationDirection;
  RelationDirectionFilter: RelationDirectionFilter;
  RelationEdge: ResolverTypeWrapper<RelationEdgeRow>;
  RelationTimelineItem: ResolverTypeWrapper<RelationTimelineItemRow>;
  RelationType: RelationType;
  Route: ResolverTypeWrapper<EntityRow>;
  RouteMode: ResolverTypeWrapper<RouteMode>;
  RouteStatus: ResolverTypeWrapper<RouteStatus>;
  SearchHit: ResolverTypeWrapper<SearchHitRow>;
  SearchKind: SearchKind;
  SearchMatchField: SearchMatchField;
  SearchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchResult']>;
  Statement: ResolverTypeWrapper<StatementRow>;
  StatementRole: StatementRole;
  StatementTimelineItem: ResolverTypeWrapper<StatementTimelineItemRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TimePoint: ResolverTypeWrapper<TimePointRow>;
  TimePointInput: TimePointInput;
  TimeSpan: ResolverTypeWrapper<TimeSpanRow>;
  TimeSpanInput: TimeSpanInput;
  TimelineItem: ResolverTypeWrapper<TimelineItemRow>;
  TimelineItemKind: TimelineItemKind;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
  UpsertEntityInput: UpsertEntityInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddRelationInput: AddRelationInput;
  Agreement: EntityRow;
  Article: ArticleRow;
  ArticleConnection: ArticlePage;
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleFilter: ArticleFilter;
  ArticleIngestedEvent: ArticleIngestedPayload;
  ArticleTimelineItem: ArticleTimelineItemRow;
  Boolean: Scalars['Boolean']['output'];
  Candidate: CandidateRow;
  CandidateAliasSuggestion: Omit<CandidateAliasSuggestion, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  CandidateConnection: CandidatePage;
  CandidateEdge: Omit<CandidateEdge, 'node'> & { node: ResolversParentTypes['Candidate'] };
  CandidateResolution: Omit<CandidateResolution, 'candidate' | 'entity'> & { candidate: ResolversParentTypes['Candidate'], entity: ResolversParentTypes['Entity'] };
  CandidateSighting: CandidateSightingRow;
  CoMention: CoMentionRow;
  Conflict: ConflictRow;
  ConflictValue: ConflictValueRow;
  Corroboration: Corroboration;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DescribedEnd: DescribedEndValue;
  DescribedLink: DescribedLinkValue;
  Entity: EntityRow;
  EntityConnection: EntityPage;
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityFilter: EntityFilter;
  EntityMentionedEvent: EntityMentionedValue;
  Event: EntityRow;
  EventTimelineItem: EventTimelineItemRow;
  Evidence: EvidenceRow;
  EvidenceInput: EvidenceInput;
  FactClaim: FactRow;
  Float: Scalars['Float']['output'];
  Graph: GraphRow;
  GraphEdge: EdgeRow;
  ID: Scalars['ID']['output'];
  IngestArticleInput: IngestArticleInput;
  IngestResult: Omit<IngestResult, 'article' | 'candidates' | 'linked' | 'proposals'> & { article: ResolversParentTypes['Article'], candidates: Array<ResolversParentTypes['Candidate']>, linked: Array<ResolversParentTypes['LinkedEntity']>, proposals: Array<ResolversParentTypes['Proposal']> };
  Int: Scalars['Int']['output'];
  LinkedEntity: Omit<LinkedEntity, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  Mention: MentionRow;
  MentionConnection: MentionPage;
  MentionEdge: Omit<MentionEdge, 'node'> & { node: ResolversParentTypes['Mention'] };
  MergeRecord: Omit<MergeRecord, 'kept'> & { kept: ResolversParentTypes['Entity'] };
  Mutation: Record<PropertyKey, never>;
  NewEntityFromCandidateInput: NewEntityFromCandidateInput;
  NonEmptyString: Scalars['NonEmptyString']['output'];
  NonNegativeInt: Scalars['NonNegativeInt']['output'];
  Office: OfficeRow;
  Organisation: EntityRow;
  PageInfo: PageInfo;
  PartialDate: Scalars['PartialDate']['output'];
  Passage: PassageRow;
  Path: PathRow;
  PathHop: HopRow;
  Person: EntityRow;
  Place: EntityRow;
  PositiveInt: Scalars['PositiveInt']['output'];
  Proposal: ProposalRow;
  ProposalAcceptance: AcceptanceValue;
  ProposalConnection: ProposalPage;
  ProposalEdge: ProposalEdgeValue;
  ProposalEnd: ProposalEndValue;
  ProposalFilter: ProposalFilter;
  Query: Record<PropertyKey, never>;
  Relation: RelationRow;
  RelationAddedEvent: RelationAddedPayload;
  RelationConnection: RelationPage;
  RelationEdge: RelationEdgeRow;
  RelationTimelineItem: RelationTimelineItemRow;
  Route: EntityRow;
  SearchHit: SearchHitRow;
  SearchResult: ResolversUnionTypes<ResolversParentTypes>['SearchResult'];
  Statement: StatementRow;
  StatementTimelineItem: StatementTimelineItemRow;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TimePoint: TimePointRow;
  TimePointInput: TimePointInput;
  TimeSpan: TimeSpanRow;
  TimeSpanInput: TimeSpanInput;
  TimelineItem: TimelineItemRow;
  URL: Scalars['URL']['output'];
  UpsertEntityInput: UpsertEntityInput;
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = Context, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  agreementKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['TimePoint']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['FactClaim']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<AgreementMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<AgreementRelationsArgs, 'direction' | 'first'>>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<AgreementStatementsArgs, 'first' | 'role'>>;
  status?: Resolver<Maybe<ResolversTypes['AgreementStatus']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgreementStatusResolvers = { ALLEGED: 'alleged', ALLEGED_DENIED: 'alleged_denied', DENIED: 'denied', PROPOSED: 'proposed', SIGNED: 'signed' };

export type AliasLearningResolvers = { DESIGNATOR: 'designator', FAMILY_NAME: 'family-name', GAZETTEER: 'gazetteer', INITIALS: 'initials', MISSPELLING: 'misspelling', PATRONYMIC: 'patronymic', ROMANISATION: 'romanisation', SHORT_FORM: 'short-form' };

export type ArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<ArticleMentionsArgs, 'first'>>;
  outlet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type ArticleIngestedEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleIngestedEvent'] = ResolversParentTypes['ArticleIngestedEvent']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type ArticleTimelineItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleTimelineItem'] = ResolversParentTypes['ArticleTimelineItem']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Candidate'] = ResolversParentTypes['Candidate']> = {
  aliasOf?: Resolver<Maybe<ResolversTypes['CandidateAliasSuggestion']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['CandidateCategory'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kindGuess?: Resolver<Maybe<ResolversTypes['EntityKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolvedTo?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  sightings?: Resolver<Array<ResolversTypes['CandidateSighting']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CandidateStatus'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CandidateAliasSuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CandidateAliasSuggestion'] = ResolversParentTypes['CandidateAliasSuggestion']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CandidateCategoryResolvers = { EVENT: 'event', MEDIA: 'media', NEWS_AGENCY: 'news_agency', ORGANISATION: 'organisation', PERSON: 'person', PLACE: 'place', PRODUCT: 'product' };

export type CandidateConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CandidateConnection'] = ResolversParentTypes['CandidateConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CandidateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type CandidateEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CandidateEdge'] = ResolversParentTypes['CandidateEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType>;
};

export type CandidateResolutionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CandidateResolution'] = ResolversParentTypes['CandidateResolution']> = {
  candidate?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type CandidateSightingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CandidateSighting'] = ResolversParentTypes['CandidateSighting']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type CandidateStatusResolvers = { ALIAS: 'alias', NEW_ENTITY: 'new_entity', PENDING: 'pending' };

export type CoMentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoMention'] = ResolversParentTypes['CoMention']> = {
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['PositiveInt'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type ConflictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Conflict'] = ResolversParentTypes['Conflict']> = {
  property?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['ConflictValue']>, ParentType, ContextType>;
};

export type ConflictValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConflictValue'] = ResolversParentTypes['ConflictValue']> = {
  claims?: Resolver<Array<ResolversTypes['FactClaim']>, ParentType, ContextType>;
  corroboration?: Resolver<ResolversTypes['Corroboration'], ParentType, ContextType>;
  precision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  valueText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CorroborationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Corroboration'] = ResolversParentTypes['Corroboration']> = {
  articles?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  outletNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  outlets?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DatePrecisionResolvers = { DAY: 'day', MONTH: 'month', YEAR: 'year' };

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DescribedEndResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DescribedEnd'] = ResolversParentTypes['DescribedEnd']> = {
  links?: Resolver<Array<ResolversTypes['DescribedLink']>, ParentType, ContextType>;
  sort?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unordered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DescribedLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DescribedLink'] = ResolversParentTypes['DescribedLink']> = {
  direction?: Resolver<ResolversTypes['LinkDirection'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['ProposalEnd'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Agreement' | 'Event' | 'Organisation' | 'Person' | 'Place' | 'Route', ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EntityKindResolvers = { AGREEMENT: 'Agreement', EVENT: 'Event', ORGANISATION: 'Organisation', PERSON: 'Person', PLACE: 'Place', ROUTE: 'Route' };

export type EntityMentionedEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityMentionedEvent'] = ResolversParentTypes['EntityMentionedEvent']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['PositiveInt'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['TimePoint']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['FactClaim']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<EventMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<EventRelationsArgs, 'direction' | 'first'>>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<EventStatementsArgs, 'first' | 'role'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventTimelineItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventTimelineItem'] = ResolversParentTypes['EventTimelineItem']> = {
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentenceIndex?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
  sentenceStart?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type FactClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FactClaim'] = ResolversParentTypes['FactClaim']> = {
  corroboration?: Resolver<ResolversTypes['Corroboration'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  precision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  property?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  valueText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Graph'] = ResolversParentTypes['Graph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  corroboration?: Resolver<ResolversTypes['Corroboration'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['Candidate']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  linked?: Resolver<Array<ResolversTypes['LinkedEntity']>, ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
};

export type LinkDirectionResolvers = { INCOMING: 'in', OUTGOING: 'out' };

export type LinkedEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkedEntity'] = ResolversParentTypes['LinkedEntity']> = {
  count?: Resolver<ResolversTypes['PositiveInt'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  surfaces?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  learntAs?: Resolver<Maybe<ResolversTypes['AliasLearning']>, ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentenceIndex?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
  sentenceStart?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  surface?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MentionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentionConnection'] = ResolversParentTypes['MentionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MentionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type MentionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentionEdge'] = ResolversParentTypes['MentionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Mention'], ParentType, ContextType>;
};

export type MergeRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeRecord'] = ResolversParentTypes['MergeRecord']> = {
  aliasesAdded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kept?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  mergedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  mergedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mergedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mergedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  movedMentions?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  movedRelations?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  undoneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptProposal?: Resolver<ResolversTypes['ProposalAcceptance'], ParentType, ContextType, RequireFields<MutationAcceptProposalArgs, 'id'>>;
  addAlias?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationAddAliasArgs, 'alias' | 'entityId'>>;
  addRelation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType, RequireFields<MutationAddRelationArgs, 'input'>>;
  ingestArticle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
  mergeEntities?: Resolver<ResolversTypes['MergeRecord'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'keep' | 'merge'>>;
  rejectProposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationRejectProposalArgs, 'id'>>;
  resolveCandidate?: Resolver<ResolversTypes['CandidateResolution'], ParentType, ContextType, RequireFields<MutationResolveCandidateArgs, 'candidateId'>>;
  undoMerge?: Resolver<ResolversTypes['MergeRecord'], ParentType, ContextType, RequireFields<MutationUndoMergeArgs, 'mergeId'>>;
  upsertEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationUpsertEntityArgs, 'input'>>;
};

export interface NonEmptyStringScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NonEmptyString'], any> {
  name: 'NonEmptyString';
}

export interface NonNegativeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NonNegativeInt'], any> {
  name: 'NonNegativeInt';
}

export type OfficeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Office'] = ResolversParentTypes['Office']> = {
  organisation?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrgTypeResolvers = { AGENCY: 'agency', AIRLINE: 'airline', COMMITTEE: 'committee', COMPANY: 'company', COUNCIL: 'council', GOVERNMENT: 'government', MEDIA: 'media', MILITARY: 'military', MINISTRY: 'ministry', OTHER: 'other', POSTAL: 'postal', RAILWAY: 'railway', THINK_TANK: 'think_tank' };

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['FactClaim']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<OrganisationMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgType?: Resolver<Maybe<ResolversTypes['OrgType']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<OrganisationRelationsArgs, 'direction' | 'first'>>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<OrganisationStatementsArgs, 'first' | 'role'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface PartialDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PartialDate'], any> {
  name: 'PartialDate';
}

export type PassageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Passage'] = ResolversParentTypes['Passage']> = {
  end?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  hops?: Resolver<Array<ResolversTypes['PathHop']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['PositiveInt'], ParentType, ContextType>;
};

export type PathHopResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathHop'] = ResolversParentTypes['PathHop']> = {
  direction?: Resolver<ResolversTypes['RelationDirection'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['FactClaim']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<PersonMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nationality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<PersonRelationsArgs, 'direction' | 'first'>>;
  roles?: Resolver<Array<ResolversTypes['Office']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<PersonStatementsArgs, 'first' | 'role'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['FactClaim']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<PlaceMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeType?: Resolver<Maybe<ResolversTypes['PlaceType']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<PlaceRelationsArgs, 'direction' | 'first'>>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<PlaceStatementsArgs, 'first' | 'role'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceTypeResolvers = { AIRPORT: 'airport', BUILDING: 'building', CITY: 'city', COUNTRY: 'country', OTHER: 'other', REGION: 'region', RESORT: 'resort', STATION: 'station', ZONE: 'zone' };

export interface PositiveIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PositiveInt'], any> {
  name: 'PositiveInt';
}

export type ProposalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Proposal'] = ResolversParentTypes['Proposal']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProposalKind'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['ProposalEnd']>, ParentType, ContextType>;
  precision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  property?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quoteMode?: Resolver<Maybe<ResolversTypes['QuoteMode']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resultId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['ProposalEnd'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['RelationType']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProposalAcceptanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposalAcceptance'] = ResolversParentTypes['ProposalAcceptance']> = {
  created?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  fact?: Resolver<Maybe<ResolversTypes['FactClaim']>, ParentType, ContextType>;
  proposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType>;
};

export type ProposalConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposalConnection'] = ResolversParentTypes['ProposalConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProposalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type ProposalEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposalEdge'] = ResolversParentTypes['ProposalEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
};

export type ProposalEndResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposalEnd'] = ResolversParentTypes['ProposalEnd']> = {
  candidate?: Resolver<Maybe<ResolversTypes['Candidate']>, ParentType, ContextType>;
  described?: Resolver<Maybe<ResolversTypes['DescribedEnd']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProposalKindResolvers = { FACT: 'fact', RELATION: 'relation', STATEMENT: 'statement' };

export type ProposalStatusResolvers = { ACCEPTED: 'accepted', PENDING: 'pending', REJECTED: 'rejected' };

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  candidates?: Resolver<ResolversTypes['CandidateConnection'], ParentType, ContextType, RequireFields<QueryCandidatesArgs, 'first' | 'status'>>;
  coMentions?: Resolver<Array<ResolversTypes['CoMention']>, ParentType, ContextType, RequireFields<QueryCoMentionsArgs, 'first' | 'id'>>;
  conflicts?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType, RequireFields<QueryConflictsArgs, 'first'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first' | 'sort'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  neighbourhood?: Resolver<Maybe<ResolversTypes['Graph']>, ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'id' | 'limit'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'from' | 'maxHops' | 'to'>>;
  proposals?: Resolver<ResolversTypes['ProposalConnection'], ParentType, ContextType, RequireFields<QueryProposalsArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  timeline?: Resolver<Array<ResolversTypes['TimelineItem']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'first'>>;
};

export type QuoteModeResolvers = { DIRECT: 'direct', INDIRECT: 'indirect' };

export type RelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  corroboration?: Resolver<ResolversTypes['Corroboration'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  object?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type RelationAddedEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationAddedEvent'] = ResolversParentTypes['RelationAddedEvent']> = {
  change?: Resolver<ResolversTypes['RelationChange'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type RelationChangeResolvers = { ACCEPTED: 'accepted', ADDED: 'added' };

export type RelationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type RelationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['RelationDirection'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type RelationTimelineItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationTimelineItem'] = ResolversParentTypes['RelationTimelineItem']> = {
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RouteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Route'] = ResolversParentTypes['Route']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  destination?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['FactClaim']>, ParentType, ContextType>;
  firstService?: Resolver<Maybe<ResolversTypes['TimePoint']>, ParentType, ContextType>;
  frequency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<RouteMentionsArgs, 'first'>>;
  mode?: Resolver<Maybe<ResolversTypes['RouteMode']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operators?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<RouteRelationsArgs, 'direction' | 'first'>>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<RouteStatementsArgs, 'first' | 'role'>>;
  status?: Resolver<Maybe<ResolversTypes['RouteStatus']>, ParentType, ContextType>;
  stops?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RouteModeResolvers = { AIR: 'air', POST: 'post', RAIL: 'rail' };

export type RouteStatusResolvers = { OPERATING: 'operating', PROPOSED: 'proposed', RESUMED: 'resumed', SUSPENDED: 'suspended' };

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  matchedOn?: Resolver<ResolversTypes['SearchMatchField'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
  passage?: Resolver<ResolversTypes['Passage'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  __resolveType: TypeResolveFn<'Agreement' | 'Article' | 'Event' | 'Organisation' | 'Person' | 'Place' | 'Route', ParentType, ContextType>;
};

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  about?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type StatementTimelineItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementTimelineItem'] = ResolversParentTypes['StatementTimelineItem']> = {
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  articleIngested?: SubscriptionResolver<ResolversTypes['ArticleIngestedEvent'], "articleIngested", ParentType, ContextType>;
  entityMentioned?: SubscriptionResolver<ResolversTypes['EntityMentionedEvent'], "entityMentioned", ParentType, ContextType, RequireFields<SubscriptionEntityMentionedArgs, 'id'>>;
  relationAdded?: SubscriptionResolver<ResolversTypes['RelationAddedEvent'], "relationAdded", ParentType, ContextType, Partial<SubscriptionRelationAddedArgs>>;
};

export type TimePointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimePoint'] = ResolversParentTypes['TimePoint']> = {
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
};

export type TimeSpanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeSpan'] = ResolversParentTypes['TimeSpan']> = {
  at?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  precision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
};

export type TimelineItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineItem'] = ResolversParentTypes['TimelineItem']> = {
  __resolveType: TypeResolveFn<'ArticleTimelineItem' | 'EventTimelineItem' | 'RelationTimelineItem' | 'StatementTimelineItem', ParentType, ContextType>;
};

export interface UrlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export type Resolvers<ContextType = Context> = {
  Agreement?: AgreementResolvers<ContextType>;
  AgreementStatus?: AgreementStatusResolvers;
  AliasLearning?: AliasLearningResolvers;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  ArticleIngestedEvent?: ArticleIngestedEventResolvers<ContextType>;
  ArticleTimelineItem?: ArticleTimelineItemResolvers<ContextType>;
  Candidate?: CandidateResolvers<ContextType>;
  CandidateAliasSuggestion?: CandidateAliasSuggestionResolvers<ContextType>;
  CandidateCategory?: CandidateCategoryResolvers;
  CandidateConnection?: CandidateConnectionResolvers<ContextType>;
  CandidateEdge?: CandidateEdgeResolvers<ContextType>;
  CandidateResolution?: CandidateResolutionResolvers<ContextType>;
  CandidateSighting?: CandidateSightingResolvers<ContextType>;
  CandidateStatus?: CandidateStatusResolvers;
  CoMention?: CoMentionResolvers<ContextType>;
  Conflict?: ConflictResolvers<ContextType>;
  ConflictValue?: ConflictValueResolvers<ContextType>;
  Corroboration?: CorroborationResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DatePrecision?: DatePrecisionResolvers;
  DateTime?: GraphQLScalarType;
  DescribedEnd?: DescribedEndResolvers<ContextType>;
  DescribedLink?: DescribedLinkResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityKind?: EntityKindResolvers;
  EntityMentionedEvent?: EntityMentionedEventResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventTimelineItem?: EventTimelineItemResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  FactClaim?: FactClaimResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  LinkDirection?: LinkDirectionResolvers;
  LinkedEntity?: LinkedEntityResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MentionConnection?: MentionConnectionResolvers<ContextType>;
  MentionEdge?: MentionEdgeResolvers<ContextType>;
  MergeRecord?: MergeRecordResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NonEmptyString?: GraphQLScalarType;
  NonNegativeInt?: GraphQLScalarType;
  Office?: OfficeResolvers<ContextType>;
  OrgType?: OrgTypeResolvers;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: GraphQLScalarType;
  Passage?: PassageResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathHop?: PathHopResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlaceType?: PlaceTypeResolvers;
  PositiveInt?: GraphQLScalarType;
  Proposal?: ProposalResolvers<ContextType>;
  ProposalAcceptance?: ProposalAcceptanceResolvers<ContextType>;
  ProposalConnection?: ProposalConnectionResolvers<ContextType>;
  ProposalEdge?: ProposalEdgeResolvers<ContextType>;
  ProposalEnd?: ProposalEndResolvers<ContextType>;
  ProposalKind?: ProposalKindResolvers;
  ProposalStatus?: ProposalStatusResolvers;
  Query?: QueryResolvers<ContextType>;
  QuoteMode?: QuoteModeResolvers;
  Relation?: RelationResolvers<ContextType>;
  RelationAddedEvent?: RelationAddedEventResolvers<ContextType>;
  RelationChange?: RelationChangeResolvers;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  RelationTimelineItem?: RelationTimelineItemResolvers<ContextType>;
  Route?: RouteResolvers<ContextType>;
  RouteMode?: RouteModeResolvers;
  RouteStatus?: RouteStatusResolvers;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementTimelineItem?: StatementTimelineItemResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TimePoint?: TimePointResolvers<ContextType>;
  TimeSpan?: TimeSpanResolvers<ContextType>;
  TimelineItem?: TimelineItemResolvers<ContextType>;
  URL?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Context> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
