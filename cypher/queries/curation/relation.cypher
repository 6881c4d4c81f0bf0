// One relationship by id between two entities, shaped like a relation row seen from its subject.
MATCH (s:Entity {id: $subjectId})-[r {id: $id}]->(o:Entity {id: $objectId})
WHERE type(r) = $type
RETURN r.id AS id, type(r) AS type, 'OUTGOING' AS direction, s.id AS subjectId, o.id AS objectId,
       properties(o) AS other, r.role AS role, r.note AS note, r.at AS at, r.start AS start, r.end AS end,
       r.precision AS precision
