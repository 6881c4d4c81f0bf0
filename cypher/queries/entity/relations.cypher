// One page of relationships for each entity. Only allow-listed types ($types, checked in code) between
// entities; MENTIONED_IN, EVIDENCED_BY and the statement edges never match. Each item is the relationship
// with both ends (the same from either end) and its direction as seen from e. Only the page's items are
// projected; the ordered list holds references.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r]-(o:Entity)
  WHERE type(r) IN $types
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = e))
  WITH r, o
  ORDER BY type(r), coalesce(r.at, r.start, r.end) IS NULL, toString(coalesce(r.at, r.start, r.end)), o.name, r.id
  WITH collect(r) AS ordered
  RETURN size(ordered) AS totalCount, [r IN ordered[$offset..$offset + $first] | {
    direction: CASE WHEN startNode(r) = e THEN 'OUTGOING' ELSE 'INCOMING' END,
    relation: {
      id: r.id, type: type(r), subject: properties(startNode(r)), object: properties(endNode(r)),
      role: r.role, note: r.note, at: r.at, start: r.start, end: r.end, precision: r.precision
    }
  }] AS items
}
RETURN id, totalCount, items
