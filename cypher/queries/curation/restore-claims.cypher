// Recreates relationship claims from a merge record: properties and evidence edges as they were stored.
UNWIND $claims AS it
CREATE (c:Claim)
SET c = it.props
WITH c, it
CALL (c, it) {
  UNWIND it.evidence AS ev
  MATCH (a:Article {id: ev.articleId})
  CREATE (c)-[e:EVIDENCED_BY]->(a)
  SET e = ev.props
  RETURN count(e) AS evidence
}
RETURN count(c) AS claims, sum(evidence) AS evidence
