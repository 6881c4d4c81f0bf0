import { withFilter } from 'graphql-subscriptions';
import {
  TOPICS,
  articleIngestedPayload,
  mentionsAddedPayload,
  relationAddedPayload,
  type EntityMentionedValue,
} from '../../events/topics.js';
import type { Context } from '../context.js';
import type {
  ArticleIngestedEventResolvers,
  EntityMentionedEventResolvers,
  RelationAddedEventResolvers,
  Resolvers,
  SubscriptionEntityMentionedArgs,
  SubscriptionRelationAddedArgs,
  SubscriptionResolvers,
} from '../generated/resolvers.js';
import type { EntityRow } from '../rows.js';
import { referencedArticle, referencedEntity, requireEntity } from '../shared.js';

/**
 * Subscription fields: each listens on one topic of the event bus (src/events/), keeps the announcements it
 * was asked for, and validates each payload (it may have crossed Redis from another replica). What an event
 * selects is read fresh from the graph when it arrives: the WebSocket server gives every event its own
 * loaders (see websocket.ts).
 */

/** The entities a payload names, unknown ones left out (an entity merged away since is simply not shown). */
async function existingEntities(ctx: Context, ids: readonly string[]): Promise<EntityRow[]> {
  const rows = await ctx.loaders.entities.loadMany(ids);
  return rows.filter((row): row is EntityRow => row !== null && !(row instanceof Error));
}

function mentionOf(payload: unknown, entityId: string): EntityMentionedValue | null {
  const parsed = mentionsAddedPayload.parse(payload);
  const mention = parsed.mentions.find((m) => m.entityId === entityId);
  return mention ? { entityId, articleId: parsed.articleId, count: mention.count } : null;
}

const Subscription: SubscriptionResolvers = {
  // Subscription.articleIngested ← events.articleIngested (ingestArticle)
  articleIngested: {
    subscribe: (_parent, _args, ctx) => ctx.events.listen(TOPICS.articleIngested),
    resolve: (payload: unknown) => articleIngestedPayload.parse(payload),
  },
  // Subscription.entityMentioned ← events.mentionsAdded (ingestArticle)
  entityMentioned: {
    subscribe: withFilter<unknown, SubscriptionEntityMentionedArgs, Context>(
      async (_parent, args, ctx) => {
        if (!args || !ctx) throw new Error('entityMentioned is subscribed without arguments or context');
        await requireEntity(ctx.loaders, args.id);
        return ctx.events.listen(TOPICS.mentionsAdded);
      },
      (payload, args) => args !== undefined && mentionOf(payload, args.id) !== null,
    ),
    resolve: (payload: unknown, { id }: SubscriptionEntityMentionedArgs) => {
      const mention = mentionOf(payload, id);
      if (!mention) throw new Error(`An announcement without a mention of ${id} passed the filter`);
      return mention;
    },
  },
  // Subscription.relationAdded ← events.relationAdded (addRelation; accepting a proposal)
  relationAdded: {
    subscribe: withFilter<unknown, SubscriptionRelationAddedArgs, Context>(
      async (_parent, args, ctx) => {
        if (!ctx) throw new Error('relationAdded is subscribed without a context');
        if (args?.entityId) await requireEntity(ctx.loaders, args.entityId);
        return ctx.events.listen(TOPICS.relationAdded);
      },
      (payload, args) => {
        const entityId = args?.entityId;
        if (!entityId) return true;
        const { relation } = relationAddedPayload.parse(payload);
        return relation.subject.id === entityId || relation.object.id === entityId;
      },
    ),
    resolve: (payload: unknown) => relationAddedPayload.parse(payload),
  },
};

const ArticleIngestedEvent: ArticleIngestedEventResolvers = {
  article: (p, _, ctx) => referencedArticle(ctx.loaders, p.articleId),
  entities: (p, _, ctx) => existingEntities(ctx, p.entityIds),
};

const EntityMentionedEvent: EntityMentionedEventResolvers = {
  entity: (m, _, ctx) => referencedEntity(ctx.loaders, m.entityId),
  article: (m, _, ctx) => referencedArticle(ctx.loaders, m.articleId),
};

const RelationAddedEvent: RelationAddedEventResolvers = {
  relation: (e) => e.relation,
};

export const subscriptionResolvers: Resolvers = {
  Subscription,
  ArticleIngestedEvent,
  EntityMentionedEvent,
  RelationAddedEvent,
};
