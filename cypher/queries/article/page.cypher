// A page of articles, newest first (undated last), with the total. Dates are ISO day strings, so text
// comparison is date comparison. The text is left out of listings; Article.text loads it by id when asked.
// An article's ingestedAt comes back as ISO text: Neo4j writes it for less than the driver decodes a DateTime.
MATCH (a:Article)
WHERE ($outlet IS NULL OR toLower(a.outlet) = toLower($outlet))
  AND ($from IS NULL OR a.publishedAt >= $from)
  AND ($to IS NULL OR a.publishedAt <= $to)
  AND ($mentions IS NULL OR EXISTS { (:Entity {id: $mentions})-[:MENTIONED_IN]->(a) })
WITH a
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
WITH collect(a) AS ordered
RETURN size(ordered) AS totalCount, [x IN ordered[$offset..$offset + $first] | x {.id, .title, .outlet, .author, .publishedAt, .source, .url, .contentHash, ingestedAt: toString(x.ingestedAt)}] AS items
