// Entities of a kind tied to every given end ($links: type, direction 'out' thing→end or 'in' end→thing, endId):
// the route, event or agreement a proposal describes. Starts from the first end (an index seek) and expands
// only its relationships; ORIGIN and DESTINATION may be swapped when $unordered.
MATCH (first:Entity {id: $links[0].endId})-[r0]-(t:Entity)
WHERE t.kind = $kind AND t <> first
WITH DISTINCT t
WHERE all(l IN $links WHERE EXISTS {
  MATCH (t)-[r]-(e:Entity {id: l.endId})
  WHERE (type(r) = l.type
         OR ($unordered AND l.type IN ['ORIGIN', 'DESTINATION'] AND type(r) IN ['ORIGIN', 'DESTINATION']))
    AND (CASE l.direction WHEN 'out' THEN startNode(r) = t ELSE endNode(r) = t END)
})
RETURN t.id AS id, toLower(coalesce(t.mode, t.eventType, t.agreementKind, '')) AS sort
ORDER BY id
LIMIT 20
