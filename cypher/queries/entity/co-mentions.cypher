// Entities named in the same articles as $id, most shared articles first. Articles are made distinct before
// the second hop, so an entity named many times in one article costs one row, not a product of mentions.
// Entities come back as the fields the API reads (rows.ts entityRow), not properties(): the driver would
// decode their timestamps and ship their search keys on every row (test/unit/entity-projection.test.ts).
MATCH (e:Entity {id: $id})-[:MENTIONED_IN]->(a:Article)
WITH DISTINCT e, a
MATCH (a)<-[:MENTIONED_IN]-(o:Entity)
WHERE o <> e
WITH DISTINCT o, a
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
WITH o, collect(a.id) AS articleIds
ORDER BY size(articleIds) DESC, o.name, o.id
LIMIT $first
RETURN o {.id, .kind, .name, .aliases, .description, .nationality, .orgType, .placeType, .mode, .status, .frequency, .firstServiceDate, .agreementKind, .eventType, .date, .datePrecision} AS entity, size(articleIds) AS count, articleIds
