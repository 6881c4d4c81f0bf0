// One page of relationships for each entity. Only allow-listed types ($types, checked in code) between
// entities; MENTIONED_IN, EVIDENCED_BY and the statement edges never match. Direction is as seen from e.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r]-(o:Entity)
  WHERE type(r) IN $types
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = e))
  WITH r, o, startNode(r) = e AS outgoing
  ORDER BY type(r), coalesce(r.at, r.start, r.end) IS NULL, toString(coalesce(r.at, r.start, r.end)), o.name, r.id
  WITH collect({
    id: r.id,
    type: type(r),
    direction: CASE WHEN outgoing THEN 'OUTGOING' ELSE 'INCOMING' END,
    subjectId: CASE WHEN outgoing THEN e.id ELSE o.id END,
    objectId: CASE WHEN outgoing THEN o.id ELSE e.id END,
    other: properties(o),
    role: r.role, note: r.note, at: r.at, start: r.start, end: r.end, precision: r.precision
  }) AS ordered
  RETURN size(ordered) AS totalCount, ordered[$offset..$offset + $first] AS items
}
RETURN id, totalCount, items
