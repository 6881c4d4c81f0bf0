// Statements made by ($role SPEAKER), about (SUBJECT) or involving (ANY) each entity, newest article first.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (s:Statement)-[link:SAID_BY|ABOUT]->(e)
  WHERE $role = 'ANY'
     OR ($role = 'SPEAKER' AND type(link) = 'SAID_BY')
     OR ($role = 'SUBJECT' AND type(link) = 'ABOUT')
  WITH DISTINCT s
  MATCH (s)-[:REPORTED_IN]->(a:Article)
  WITH s, a
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id, s.start
  LIMIT $first
  RETURN collect(s {
    .id, .quote, .sentence, .start, .end, .date, .precision,
    speakerId: head([(s)-[:SAID_BY]->(sp:Entity) | sp.id]),
    aboutIds: [(s)-[:ABOUT]->(x:Entity) | x.id],
    articleId: a.id
  }) AS items
}
RETURN id, items
