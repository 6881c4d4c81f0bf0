// Entities by id, one index seek each; ids not found simply return no row (the caller reports NOT_FOUND).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN properties(e) AS entity
