// The floor's search: both fulltext indexes, the best $first hits of each with a passage for articles (the text
// around the first word), ranked together by score.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $entityQuery) YIELD node, score
  WITH node, score ORDER BY score DESC LIMIT $first
  RETURN {id: node.id, name: node.name, kind: node.kind} AS hit, score, null AS passage
  UNION ALL
  CALL db.index.fulltext.queryNodes('article_text', $articleQuery, {limit: $first}) YIELD node, score
  WITH node, score ORDER BY score DESC LIMIT $first
  WITH node, score, size(split(toLower(node.text), $word)[0]) AS at
  RETURN {id: node.id, title: node.title} AS hit, score,
         substring(node.text, CASE WHEN at > 100 THEN at - 100 ELSE 0 END, 300) AS passage
}
RETURN hit, score, passage
ORDER BY score DESC
LIMIT $first
