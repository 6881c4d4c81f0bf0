import { z } from 'zod';
import { relationChangeValues, type RelationChangeValue } from '../graphql/enums.js';
import { relationRow } from '../graphql/rows.js';

/**
 * What the service announces to live subscribers, and the shape each announcement has on the wire. Payloads
 * carry ids (and, for relations, the row the write already returned), never whole articles: they cross Redis
 * as JSON, and every subscriber reads what it selects fresh from the graph when the event arrives.
 */

/** Channel names, prefixed so the service can share a Redis with other applications. */
export const TOPICS = {
  articleIngested: 'kg-graphql:article-ingested',
  mentionsAdded: 'kg-graphql:mentions-added',
  relationAdded: 'kg-graphql:relation-added',
} as const;

export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

export const articleIngestedPayload = z.object({
  articleId: z.string(),
  /** The known entities the article names. */
  entityIds: z.array(z.string()),
});
export type ArticleIngestedPayload = z.infer<typeof articleIngestedPayload>;

export const mentionsAddedPayload = z.object({
  articleId: z.string(),
  /** Each entity newly named in the article, with how often. */
  mentions: z.array(z.object({ entityId: z.string(), count: z.number().int().positive() })),
});
export type MentionsAddedPayload = z.infer<typeof mentionsAddedPayload>;

export type { RelationChangeValue };

export const relationAddedPayload = z.object({
  relation: relationRow,
  change: z.enum(Object.values(relationChangeValues) as [RelationChangeValue, ...RelationChangeValue[]]),
});
export type RelationAddedPayload = z.infer<typeof relationAddedPayload>;

/** `EntityMentionedEvent`: one entity's share of a mentions announcement. */
export interface EntityMentionedValue {
  entityId: string;
  articleId: string;
  count: number;
}
