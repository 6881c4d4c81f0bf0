// Statements reported in each article, in text order.
UNWIND $ids AS id
MATCH (a:Article {id: id})<-[:REPORTED_IN]-(s:Statement)
RETURN id, s {
  .id, .quote, .sentence, .start, .end, .date, .precision,
  speakerId: head([(s)-[:SAID_BY]->(sp:Entity) | sp.id]),
  aboutIds: [(s)-[:ABOUT]->(x:Entity) | x.id],
  articleId: a.id
} AS statement
ORDER BY id, s.start
