// Takes the write lock on each entity for the rest of the transaction (the documented set-and-remove idiom),
// so two curation writes touching the same entities run one after the other. Callers pass ids sorted.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e._lock = true
REMOVE e._lock
RETURN e.id AS id
