// Entities within $depth (1..3, checked in code) hops of $id and the relationships among them. A literal
// three-level breadth-first walk: each level expands at most $limit nodes of the previous one, so the cost is
// bounded whatever the degrees; levels beyond $depth expand nothing. Only allow-listed types between entities
// are walked, written into the patterns so mentions and evidence are never expanded (the allow-list; checked by
// test/unit/cypher-allow-list.test.ts); $types narrows them; $kinds (null for all) restricts the nodes reached,
// and walked through.
// Entities come back as the fields the API reads (rows.ts entityRow), not properties(): the driver would
// decode their timestamps and ship their search keys on every row (test/unit/entity-projection.test.ts).
// $nodeDetail and $edgeDetail are false when the selection reads nothing of a node but its id, kind and name, or
// of an edge but its ends and type (the resolver looks ahead): a graph view of 200 nodes and their edges then
// ships a third less, and the statement reads none of the properties it would drop.
MATCH (start:Entity {id: $id})
CALL (start) {
  OPTIONAL MATCH (start)-[r:HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|PART_OF|LOCATED_IN|OPERATES|ORIGIN|DESTINATION|STOPS_AT|PROPOSED|PROPOSED_TO|ANNOUNCED|TRAVELLED_ON|MET|PARTY_TO|PARTICIPATED_IN|TOOK_PLACE_IN|REPORTED|SUPPORTS|SANCTIONS|COOPERATES_WITH|VISITED|DEPARTED_FROM]-(n:Entity)
  WHERE type(r) IN $types AND n <> start AND ($kinds IS NULL OR n.kind IN $kinds)
  RETURN collect(DISTINCT n) AS level1
}
CALL (start, level1) {
  UNWIND CASE WHEN $depth >= 2 THEN level1[..$limit] ELSE [] END AS m
  MATCH (m)-[r:HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|PART_OF|LOCATED_IN|OPERATES|ORIGIN|DESTINATION|STOPS_AT|PROPOSED|PROPOSED_TO|ANNOUNCED|TRAVELLED_ON|MET|PARTY_TO|PARTICIPATED_IN|TOOK_PLACE_IN|REPORTED|SUPPORTS|SANCTIONS|COOPERATES_WITH|VISITED|DEPARTED_FROM]-(n:Entity)
  WHERE type(r) IN $types AND n <> start AND NOT n IN level1 AND ($kinds IS NULL OR n.kind IN $kinds)
  RETURN collect(DISTINCT n) AS level2
}
CALL (start, level1, level2) {
  UNWIND CASE WHEN $depth >= 3 THEN level2[..$limit] ELSE [] END AS m
  MATCH (m)-[r:HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|PART_OF|LOCATED_IN|OPERATES|ORIGIN|DESTINATION|STOPS_AT|PROPOSED|PROPOSED_TO|ANNOUNCED|TRAVELLED_ON|MET|PARTY_TO|PARTICIPATED_IN|TOOK_PLACE_IN|REPORTED|SUPPORTS|SANCTIONS|COOPERATES_WITH|VISITED|DEPARTED_FROM]-(n:Entity)
  WHERE type(r) IN $types AND n <> start AND NOT n IN level1 AND NOT n IN level2
    AND ($kinds IS NULL OR n.kind IN $kinds)
  RETURN collect(DISTINCT n) AS level3
}
WITH [start] + level1 + level2 + level3 AS found
WITH found[..$limit] AS nodes, size(found) > $limit AS truncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r:HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|PART_OF|LOCATED_IN|OPERATES|ORIGIN|DESTINATION|STOPS_AT|PROPOSED|PROPOSED_TO|ANNOUNCED|TRAVELLED_ON|MET|PARTY_TO|PARTICIPATED_IN|TOOK_PLACE_IN|REPORTED|SUPPORTS|SANCTIONS|COOPERATES_WITH|VISITED|DEPARTED_FROM]->(b:Entity)
  WHERE type(r) IN $types AND b IN nodes
  WITH r, a, b
  ORDER BY type(r), a.id, b.id, r.id
  RETURN collect(CASE WHEN $edgeDetail THEN {
    id: r.id, type: type(r), source: a.id, target: b.id, role: r.role,
    at: r.at, start: r.start, `end`: r.end, precision: r.precision
  } ELSE {id: r.id, type: type(r), source: a.id, target: b.id} END) AS edges
}
// One record per node, then the edges a hundred per record, in order, rather than one record holding both lists:
// the driver decodes a record larger than a Bolt chunk (64 KB) string by string through a slow path (a 200-node
// graph with its 1,128 edges took it 15-30 ms of the service's CPU as one record, 9-10 ms this way), and a
// hundred edges stay well below a chunk, with or without their role and time.
UNWIND range(0, size(nodes) + (size(edges) + 99) / 100 - 1) AS i
WITH i, truncated,
     CASE WHEN i < size(nodes) THEN nodes[i] END AS n,
     CASE WHEN i >= size(nodes) THEN edges[(i - size(nodes)) * 100..(i - size(nodes) + 1) * 100] ELSE [] END AS edges
ORDER BY i
RETURN CASE WHEN $nodeDetail THEN n {.id, .kind, .name, .aliases, .description, .nationality, .orgType, .placeType, .mode, .status, .frequency, .firstServiceDate, .agreementKind, .eventType, .date, .datePrecision} ELSE n {.id, .kind, .name} END AS node, edges, truncated
