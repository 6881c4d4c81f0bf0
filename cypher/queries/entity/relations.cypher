// One page of relationships for each entity. Only allow-listed types ($types, checked in code) between
// entities; MENTIONED_IN, EVIDENCED_BY and the statement edges never match. Each item is the relationship,
// its far end and its direction as seen from e (the caller holds e). The ordered list holds references:
// only the page's items are projected.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r]-(o:Entity)
  WHERE type(r) IN $types
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = e))
  WITH r, o
  ORDER BY type(r), coalesce(r.at, r.start, r.end) IS NULL, toString(coalesce(r.at, r.start, r.end)), o.name, r.id
  WITH collect({r: r, o: o}) AS ordered
  RETURN size(ordered) AS totalCount, [x IN ordered[$offset..$offset + $first] | {
    direction: CASE WHEN startNode(x.r) = e THEN 'OUTGOING' ELSE 'INCOMING' END,
    other: properties(x.o),
    relation: {
      id: x.r.id, type: type(x.r), role: x.r.role, note: x.r.note,
      at: x.r.at, start: x.r.start, end: x.r.end, precision: x.r.precision
    }
  }] AS items
}
RETURN id, totalCount, items
