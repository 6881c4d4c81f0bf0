// One MENTIONED_IN edge per occurrence, keyed by its start offset in the article text, for any number of
// articles. The entities are ids resolved and locked in this transaction (resolve-entities); `mentions` counts
// what was written. entityId and pageKey serve Entity.mentions as an index seek (see migration 017 for the key).
UNWIND $mentions AS m
MATCH (a:Article {id: m.articleId})
MATCH (e:Entity {id: m.entityId})
MERGE (e)-[r:MENTIONED_IN {start: m.start}]->(a)
ON CREATE SET r.created = true
SET r.end = m.end,
    r.via = m.via,
    r.learnt = m.learnt,
    r.surface = m.surface,
    r.sentenceIndex = m.sentenceIndex,
    r.sentenceStart = m.sentenceStart,
    r.sentence = m.sentence,
    r.entityId = e.id,
    r.pageKey = CASE WHEN a.publishedAt IS NULL THEN '1'
                     ELSE '0' + right('00000000' + toString(99999999 - toInteger(replace(left(toString(a.publishedAt), 10), '-', ''))), 8)
                END + ' ' + a.id + ' ' + right('0000000000' + toString(m.start), 10)
WITH m.articleId AS articleId, r, r.created AS created
REMOVE r.created
RETURN articleId, count(r) AS mentions, count(created) AS created
