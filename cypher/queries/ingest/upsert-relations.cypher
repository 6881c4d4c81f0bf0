// A typed edge for traversal plus a Claim node with the same id that carries the evidence, written together: the
// claim is the relationship's identity. A new claim (locked by its unique id, so concurrent writers of one
// relationship queue) means a new edge, created without scanning the ends' relationships; a known one has its
// edge merged. $relations holds distinct ids. The type comes from the allow-list checked in src/graph before the
// statement runs; the ends are ids resolved and locked in this transaction (resolve-entities). The claim's
// pageKey (type, time, id; see migration 018) serves Entity.relations as an index seek from either end. Returns
// what it wrote, so the caller can see that nothing was skipped.
UNWIND $relations AS rel
MATCH (s:Entity {id: rel.from})
MATCH (o:Entity {id: rel.to})
MERGE (c:Claim {id: rel.id})
ON CREATE SET c.fresh = true
SET c.type = rel.type, c.subjectId = rel.from, c.objectId = rel.to,
    c.pageKey = rel.type + ' ' + CASE WHEN coalesce(rel.props.at, rel.props.start, rel.props.end) IS NULL THEN '1'
                                      ELSE '0' + toString(coalesce(rel.props.at, rel.props.start, rel.props.end)) END
                + ' ' + rel.id
FOREACH (_ IN CASE WHEN c.fresh THEN [1] ELSE [] END |
  CREATE (s)-[r:$(rel.type) {id: rel.id}]->(o)
  SET r += rel.props)
FOREACH (_ IN CASE WHEN c.fresh THEN [] ELSE [1] END |
  MERGE (s)-[r:$(rel.type) {id: rel.id}]->(o)
  SET r += rel.props)
REMOVE c.fresh
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
