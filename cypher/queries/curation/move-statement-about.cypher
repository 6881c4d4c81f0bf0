// Moves ABOUT edges of statements from $from to $to; `created` says whether the edge to $to is new.
MATCH (to:Entity {id: $to})
UNWIND $items AS it
MATCH (s:Statement {id: it.id})
OPTIONAL MATCH (s)-[existing:ABOUT]->(to)
WITH to, s, it, existing IS NULL AS created
MERGE (s)-[:ABOUT]->(to)
WITH s, it, created
CALL (s, it) {
  MATCH (s)-[old:ABOUT]->(:Entity {id: $from})
  WHERE it.deleteOld
  DELETE old
}
RETURN it.id AS id, created
