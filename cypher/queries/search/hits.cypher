// Both fulltext indexes in one statement (one round trip): the best $first entities by names, aliases and
// their normalised keys, and the best $first articles by title and text, each scored by its own index.
// $entityQuery and $articleQuery are built in code from escaped terms only; a null one skips its index.
// Entities come back as the fields the API reads (rows.ts entityRow), not properties(): the driver would
// decode their timestamps and ship their search keys on every row (test/unit/entity-projection.test.ts).
// An article's text comes back so the matched passage can be cut out of it, and only then ($withText: the
// request reads the passage, what matched or the text; otherwise the whole article is shipped for nothing).
// Lucene stops at the best $first articles itself ({limit}): common words match most of the articles, and
// ordering every hit by score and id read the id of each (100,000 articles: 130–270 ms, against 9–27 ms). Equal
// scores at the cut are then Lucene's pick (its own document order); the page is still sorted by score and id.
// An article's ingestedAt comes back as ISO text: Neo4j writes it for less than the driver decodes a DateTime.
CALL () {
  WITH $entityQuery AS query
  WHERE query IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', query) YIELD node, score
  WITH node, score
  WHERE node:Entity AND ($kinds IS NULL OR node.kind IN $kinds)
  ORDER BY score DESC, node.id
  LIMIT $first
  RETURN node {.id, .kind, .name, .aliases, .description, .nationality, .orgType, .placeType, .mode, .status, .frequency, .firstServiceDate, .agreementKind, .eventType, .date, .datePrecision} AS entity,
         null AS article, score
  UNION ALL
  WITH $articleQuery AS query
  WHERE query IS NOT NULL
  CALL db.index.fulltext.queryNodes('article_text', query, {limit: $first}) YIELD node, score
  WITH node, score
  WHERE node:Article
  ORDER BY score DESC, node.id
  LIMIT $first
  RETURN null AS entity,
         node {.id, .title, .outlet, .author, .publishedAt, .source, .url, .contentHash, ingestedAt: toString(node.ingestedAt), text: CASE WHEN $withText THEN node.text END} AS article,
         score
}
RETURN entity, article, score
