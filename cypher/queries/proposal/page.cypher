// The review queue: proposals matching the filter, highest confidence first, as a keyset page after the cursor
// ($afterConfidence, $afterId), with the number matching in all pages. Sorting keeps only $limit rows (top-k);
// the (status, confidence) index serves the common filter, the article, subject and object indexes the others.
CALL () {
  MATCH (p:Proposal)
  WHERE p.status = $status AND p.confidence >= $minConfidence
    AND ($article IS NULL OR p.articleId = $article)
    AND ($entity IS NULL OR p.subjectId = $entity OR p.objectId = $entity)
    AND ($kind IS NULL OR p.kind = $kind)
    AND ($type IS NULL OR p.type = $type)
  RETURN count(p) AS totalCount
}
CALL () {
  MATCH (p:Proposal)
  WHERE p.status = $status AND p.confidence >= $minConfidence
    AND ($article IS NULL OR p.articleId = $article)
    AND ($entity IS NULL OR p.subjectId = $entity OR p.objectId = $entity)
    AND ($kind IS NULL OR p.kind = $kind)
    AND ($type IS NULL OR p.type = $type)
    AND ($afterId IS NULL OR p.confidence < $afterConfidence
         OR (p.confidence = $afterConfidence AND p.id > $afterId))
  WITH p
  ORDER BY p.confidence DESC, p.id
  LIMIT $limit
  RETURN collect(properties(p)) AS items
}
RETURN totalCount, items
