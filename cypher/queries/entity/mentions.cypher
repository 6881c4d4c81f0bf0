// One page of mentions for each entity, with the total: newest article first (undated last), then text order.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[m:MENTIONED_IN]->(a:Article)
  WITH m, a
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id, m.start
  WITH collect(m {.surface, .sentence, .sentenceIndex, .sentenceStart, .start, .end, .learnt, entityId: e.id, article: a {.*, text: null}}) AS ordered
  RETURN size(ordered) AS totalCount, ordered[$offset..$offset + $first] AS items
}
RETURN id, totalCount, items
