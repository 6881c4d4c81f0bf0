// One MENTIONED_IN edge per occurrence, keyed by its start offset in the article text. The entities are ids
// resolved and locked in this transaction (resolve-entities); `mentions` counts what was written.
MATCH (a:Article {id: $articleId})
UNWIND $mentions AS m
MATCH (e:Entity {id: m.entityId})
MERGE (e)-[r:MENTIONED_IN {start: m.start}]->(a)
ON CREATE SET r.created = true
SET r.end = m.end,
    r.via = m.via,
    r.learnt = m.learnt,
    r.surface = m.surface,
    r.sentenceIndex = m.sentenceIndex,
    r.sentenceStart = m.sentenceStart,
    r.sentence = m.sentence
WITH r, r.created AS created
REMOVE r.created
RETURN count(r) AS mentions, count(created) AS created
