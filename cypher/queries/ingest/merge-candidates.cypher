// Unconfirmed names, kept apart from entities (no Entity label) until an editor resolves them; for any number
// of articles. One row per sighting; the spellings of one name in one article share the candidate's key.
// Spellings, the category and an alias suggestion accumulate over articles; the first of each is kept.
UNWIND $candidates AS c
MATCH (a:Article {id: c.articleId})
MERGE (n:Candidate {key: c.key})
ON CREATE SET n.id = c.id, n.name = c.name, n.kindGuess = c.kindGuess, n.status = 'pending', n.createdAt = datetime()
SET n.category = coalesce(n.category, c.category),
    n.variants = reduce(vs = coalesce(n.variants, [n.name]), v IN c.variants | CASE WHEN v IN vs THEN vs ELSE vs + v END),
    n.aliasReason = CASE WHEN n.aliasOfId IS NULL THEN c.aliasReason ELSE n.aliasReason END,
    n.aliasOfId = coalesce(n.aliasOfId, c.aliasOfId)
MERGE (n)-[p:PROPOSED_IN {start: c.start}]->(a)
SET p.end = c.end, p.sentence = c.sentence, p.sentenceIndex = c.sentenceIndex
RETURN count(DISTINCT n) AS candidates
