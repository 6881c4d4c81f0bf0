// Relationships of a type between two entities ($symmetric: in either direction), to add evidence to rather
// than duplicate. The type is allow-listed in code.
MATCH (s:Entity {id: $subjectId})-[r]-(o:Entity {id: $objectId})
WHERE type(r) = $type AND ($symmetric OR startNode(r) = s)
RETURN r.id AS id, r.role AS role, toString(r.at) AS at, startNode(r) = s AS forward
ORDER BY id
