// Removes relationships (type allow-listed in code) and their evidence claims: a merge does this to the
// relationships between the two entities it joins, after keeping them on its record.
UNWIND $items AS it
MATCH (:Entity {id: it.subjectId})-[r:$(it.type) {id: it.id}]->(:Entity {id: it.objectId})
DELETE r
WITH it
OPTIONAL MATCH (c:Claim {id: it.id})
DETACH DELETE c
RETURN count(DISTINCT it.id) AS relations
