// One relationship by id, found through its evidence claim (same id, unique index) and shaped like a relation
// row: both ends as entities, the same from either end.
MATCH (c:Claim {id: $id})
MATCH (s:Entity {id: c.subjectId})-[r]->(o:Entity {id: c.objectId})
WHERE r.id = $id
RETURN r.id AS id, type(r) AS type, properties(s) AS subject, properties(o) AS object, r.role AS role,
       r.note AS note, r.at AS at, r.start AS start, r.end AS end, r.precision AS precision
