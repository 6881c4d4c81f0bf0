// Deletes an entity only once nothing is attached to it any more (a merge has moved everything away).
MATCH (e:Entity {id: $id})
WHERE NOT EXISTS { (e)--() }
DELETE e
RETURN count(*) AS deleted
