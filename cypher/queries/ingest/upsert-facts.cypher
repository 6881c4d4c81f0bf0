// Values sources may disagree on: one Fact claim per (subject, property, value), never overwritten by another.
// The subject is an id resolved and locked in this transaction (resolve-entities); returns what it wrote.
UNWIND $facts AS f
MATCH (s:Entity {id: f.subjectId})
MERGE (c:Claim {id: f.id})
SET c:Fact, c.subjectId = f.subjectId, c.property = f.property, c.value = f.value, c.valueText = f.valueText,
    c.precision = f.precision
MERGE (c)-[:ABOUT]->(s)
WITH c, f
CALL (c, f) {
  UNWIND f.evidence AS ev
  MATCH (a:Article {id: ev.articleId})
  MERGE (c)-[e:EVIDENCED_BY {start: ev.start}]->(a)
  SET e.end = ev.end, e.quote = ev.quote, e.sentence = ev.sentence, e.sentenceIndex = ev.sentenceIndex,
      e.sentenceStart = ev.sentenceStart
  RETURN count(e) AS evidence
}
RETURN count(c) AS facts, sum(evidence) AS evidence
