// One relationship by id between two entities, shaped like a relation row.
MATCH (s:Entity {id: $subjectId})-[r {id: $id}]->(o:Entity {id: $objectId})
WHERE type(r) = $type
RETURN r.id AS id, type(r) AS type, properties(s) AS subject, properties(o) AS object, r.role AS role,
       r.note AS note, r.at AS at, r.start AS start, r.end AS end, r.precision AS precision
