import type { CodegenConfig } from '@graphql-codegen/cli';
import { enumInternalValues } from './src/graphql/enums.js';

// Resolver types generated from schema.graphql. The output is committed (CI runs `codegen:check`), so a
// schema change without regenerated types fails the build instead of drifting.
const rows = (type: string): string => `../rows.js#${type}`;

const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema.graphql',
  generates: {
    'src/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Resolvers see the values stored in the graph (`Person`, `think_tank`), the API the GraphQL names: the
        // schema translates with the same maps (enums.ts), so the generated enum types are the stored values.
        enumValues: enumInternalValues,
        contextType: '../context.js#Context',
        useIndexSignature: false,
        strictScalars: true,
        scalars: {
          // graphql-scalars parse inputs into Date and URL objects; outputs may be ISO text or objects.
          DateTime: { input: 'Date', output: 'string | Date' },
          Date: { input: 'Date', output: 'string | Date' },
          URL: { input: 'URL', output: 'string | URL' },
          NonEmptyString: 'string',
          PositiveInt: 'number',
          NonNegativeInt: 'number',
          PartialDate: 'string',
        },
        // Resolvers return the rows the Cypher statements produce; field resolvers derive the rest.
        mappers: {
          Entity: rows('EntityRow'),
          Person: rows('EntityRow'),
          Organisation: rows('EntityRow'),
          Place: rows('EntityRow'),
          Route: rows('EntityRow'),
          Agreement: rows('EntityRow'),
          Event: rows('EntityRow'),
          Office: rows('OfficeRow'),
          Article: rows('ArticleRow'),
          Mention: rows('MentionRow'),
          Relation: rows('RelationRow'),
          Evidence: rows('EvidenceRow'),
          Statement: rows('StatementRow'),
          FactClaim: rows('FactRow'),
          Conflict: rows('ConflictRow'),
          ConflictValue: rows('ConflictValueRow'),
          TimeSpan: rows('TimeSpanRow'),
          TimePoint: rows('TimePointRow'),
          MentionConnection: rows('MentionPage'),
          RelationConnection: rows('RelationPage'),
          RelationEdge: rows('RelationEdgeRow'),
          EntityConnection: rows('EntityPage'),
          ArticleConnection: rows('ArticlePage'),
          CandidateConnection: rows('CandidatePage'),
          Graph: rows('GraphRow'),
          GraphEdge: rows('EdgeRow'),
          Path: rows('PathRow'),
          PathHop: rows('HopRow'),
          CoMention: rows('CoMentionRow'),
          SearchHit: rows('SearchHitRow'),
          Passage: rows('PassageRow'),
          TimelineItem: rows('TimelineItemRow'),
          RelationTimelineItem: rows('RelationTimelineItemRow'),
          EventTimelineItem: rows('EventTimelineItemRow'),
          StatementTimelineItem: rows('StatementTimelineItemRow'),
          ArticleTimelineItem: rows('ArticleTimelineItemRow'),
          Candidate: rows('CandidateRow'),
          CandidateSighting: rows('CandidateSightingRow'),
          Proposal: '../proposal/rows.js#ProposalRow',
          ProposalEnd: '../proposal/rows.js#ProposalEndValue',
          DescribedEnd: '../proposal/rows.js#DescribedEndValue',
          DescribedLink: '../proposal/rows.js#DescribedLinkValue',
          ProposalConnection: '../proposal/rows.js#ProposalPage',
          ProposalEdge: '../proposal/rows.js#ProposalEdgeValue',
          ProposalAcceptance: '../proposal/rows.js#AcceptanceValue',
          ArticleIngestedEvent: '../../events/topics.js#ArticleIngestedPayload',
          EntityMentionedEvent: '../../events/topics.js#EntityMentionedValue',
          RelationAddedEvent: '../../events/topics.js#RelationAddedPayload',
          // typescript-resolvers types enums with inline `enumValues` as `null` in ResolversTypes; mapping each
          // enum to its own generated (stored-value) type works around that.
          ...Object.fromEntries(Object.keys(enumInternalValues).map((name) => [name, name])),
        },
      },
    },
  },
};

export default config;
