// One page of the entity mentions in each article, in text order, with the total.
// An article's ingestedAt comes back as ISO text: Neo4j writes it for less than the driver decodes a DateTime.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (e:Entity)-[m:MENTIONED_IN]->(a)
  WITH m, e
  ORDER BY m.start, e.id
  WITH collect(m {.surface, .sentence, .sentenceIndex, .sentenceStart, .start, .end, .learnt, entityId: e.id, article: a {.id, .title, .outlet, .author, .publishedAt, .source, .url, .contentHash, ingestedAt: toString(a.ingestedAt)}}) AS ordered
  RETURN size(ordered) AS totalCount, ordered[$offset..$offset + $first] AS items
}
RETURN id, totalCount, items
