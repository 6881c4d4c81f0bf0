// Unconfirmed names, kept apart from entities (no Entity label) until an editor resolves them.
MATCH (a:Article {id: $articleId})
UNWIND $candidates AS c
MERGE (n:Candidate {key: c.key})
ON CREATE SET n.id = c.id, n.name = c.name, n.kindGuess = c.kindGuess, n.status = 'pending', n.createdAt = datetime()
MERGE (n)-[p:PROPOSED_IN {start: c.start}]->(a)
SET p.end = c.end, p.sentence = c.sentence, p.sentenceIndex = c.sentenceIndex
RETURN count(DISTINCT n) AS candidates
