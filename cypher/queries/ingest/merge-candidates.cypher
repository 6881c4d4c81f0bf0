// Unconfirmed names, kept apart from entities (no Entity label) until an editor resolves them; for any number
// of articles.
UNWIND $candidates AS c
MATCH (a:Article {id: c.articleId})
MERGE (n:Candidate {key: c.key})
ON CREATE SET n.id = c.id, n.name = c.name, n.kindGuess = c.kindGuess, n.status = 'pending', n.createdAt = datetime()
MERGE (n)-[p:PROPOSED_IN {start: c.start}]->(a)
SET p.end = c.end, p.sentence = c.sentence, p.sentenceIndex = c.sentenceIndex
RETURN count(DISTINCT n) AS candidates
