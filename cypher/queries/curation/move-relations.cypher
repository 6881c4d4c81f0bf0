// Moves relationships to new ends, each recreated with its own type (allow-listed in code) and properties,
// and points its evidence claim at the new ends.
UNWIND $items AS it
MATCH (s:Entity {id: it.newSubjectId})
MATCH (o:Entity {id: it.newObjectId})
MERGE (s)-[r:$(it.type) {id: it.id}]->(o)
SET r = it.props
WITH it
CALL (it) {
  MATCH (:Entity {id: it.oldSubjectId})-[old:$(it.type) {id: it.id}]->(:Entity {id: it.oldObjectId})
  WHERE it.deleteOld
  DELETE old
}
OPTIONAL MATCH (c:Claim {id: it.id})
SET c.subjectId = it.newSubjectId, c.objectId = it.newObjectId
RETURN it.id AS id
