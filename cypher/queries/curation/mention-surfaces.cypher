// The spellings an entity's name mentions use (for an undo to tell whose names they are).
MATCH (:Entity {id: $id})-[r:MENTIONED_IN]->(:Article)
WHERE r.via = 'name'
RETURN DISTINCT r.surface AS surface
