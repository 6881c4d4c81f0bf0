// One entity with everything stored on it (kind facts included) and its labels; no row when the id is unknown.
MATCH (e:Entity {id: $id})
RETURN properties(e) AS entity, labels(e) AS labels
