// A typed edge for traversal plus a Claim node with the same id that carries the evidence. The type comes
// from the allow-list checked in src/graph before the statement runs; the ends are ids resolved and locked in
// this transaction (resolve-entities). Returns what it wrote, so the caller can see that nothing was skipped.
UNWIND $relations AS rel
MATCH (s:Entity {id: rel.from})
MATCH (o:Entity {id: rel.to})
MERGE (s)-[r:$(rel.type) {id: rel.id}]->(o)
SET r += rel.props
MERGE (c:Claim {id: rel.id})
SET c.type = rel.type, c.subjectId = rel.from, c.objectId = rel.to
WITH c, rel
CALL (c, rel) {
  UNWIND rel.evidence AS ev
  MATCH (a:Article {id: ev.articleId})
  MERGE (c)-[e:EVIDENCED_BY {start: ev.start}]->(a)
  SET e.end = ev.end, e.quote = ev.quote, e.sentence = ev.sentence, e.sentenceIndex = ev.sentenceIndex,
      e.sentenceStart = ev.sentenceStart
  RETURN count(e) AS evidence
}
RETURN count(c) AS relations, sum(evidence) AS evidence
