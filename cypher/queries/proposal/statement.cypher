// One statement by id, shaped like the statement rows of the read side.
MATCH (s:Statement {id: $id})-[:REPORTED_IN]->(a:Article)
RETURN s {
  .id, .quote, .sentence, .start, .end, .date, .precision,
  speakerId: head([(s)-[:SAID_BY]->(sp:Entity) | sp.id]),
  aboutIds: [(s)-[:ABOUT]->(x:Entity) | x.id],
  articleId: a.id
} AS statement
