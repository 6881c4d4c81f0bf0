// Mentions of articles created in this very transaction: no edge can exist yet, so they are created without the
// per-edge existence check MERGE makes (see merge-mentions for articles already in the graph). The keys are
// the same as merge-mentions writes.
UNWIND $mentions AS m
MATCH (a:Article {id: m.articleId})
MATCH (e:Entity {id: m.entityId})
CREATE (e)-[r:MENTIONED_IN {
  start: m.start, end: m.end, via: m.via, learnt: m.learnt, surface: m.surface, sentenceIndex: m.sentenceIndex,
  sentenceStart: m.sentenceStart, sentence: m.sentence, entityId: e.id,
  pageKey: CASE WHEN a.publishedAt IS NULL THEN '1'
                ELSE '0' + right('00000000' + toString(99999999 - toInteger(replace(left(toString(a.publishedAt), 10), '-', ''))), 8)
           END + ' ' + a.id + ' ' + right('0000000000' + toString(m.start), 10)
}]->(a)
RETURN m.articleId AS articleId, count(r) AS mentions, count(r) AS created
