// Moves fact claims from $from to $to: the ABOUT edge and the subjectId the conflict view groups by.
MATCH (to:Entity {id: $to})
UNWIND $items AS it
MATCH (f:Fact {id: it.id})
MERGE (f)-[:ABOUT]->(to)
SET f.subjectId = $to
WITH f, it
CALL (f, it) {
  MATCH (f)-[old:ABOUT]->(:Entity {id: $from})
  WHERE it.deleteOld
  DELETE old
}
RETURN it.id AS id
