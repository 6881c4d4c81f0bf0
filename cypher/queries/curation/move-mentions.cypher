// Moves mentions from one entity ($from) to another ($to), keyed like every mention by (entity, article, start).
// `created` says whether $to had no mention there before; the old edge goes only when `deleteOld` is true.
// The copied properties name the old entity: entityId (the mention page index key) is set to the new one.
MATCH (to:Entity {id: $to})
UNWIND $items AS it
MATCH (a:Article {id: it.articleId})
OPTIONAL MATCH (to)-[existing:MENTIONED_IN {start: it.start}]->(a)
WITH to, a, it, existing IS NULL AS created
MERGE (to)-[r:MENTIONED_IN {start: it.start}]->(a)
ON CREATE SET r = it.props, r.entityId = to.id
WITH a, it, created
CALL (a, it) {
  MATCH (:Entity {id: $from})-[old:MENTIONED_IN {start: it.start}]->(a)
  WHERE it.deleteOld
  DELETE old
}
RETURN it.articleId AS articleId, it.start AS start, created
