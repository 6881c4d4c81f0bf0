// Which of the given entity ids exist.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id
