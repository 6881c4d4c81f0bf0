// The floor's entities list: the first 50 by name, with the total from the count store.
MATCH (e:Entity)
WHERE e.sortName >= ''
WITH e ORDER BY e.sortName, e.id LIMIT 50
RETURN collect(e {.id, .name, .kind}) AS items, COUNT { (:Entity) } AS totalCount
