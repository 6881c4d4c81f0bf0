// The floor's neighbourhood: entities within two hops (each level expanding at most $limit nodes of the one
// before), at most $limit of them, and the relationships among them.
MATCH (start:Entity {id: $id})
CALL (start) {
  MATCH (start)-[:HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|PART_OF|LOCATED_IN|OPERATES|ORIGIN|DESTINATION|STOPS_AT|PROPOSED|PROPOSED_TO|ANNOUNCED|TRAVELLED_ON|MET|PARTY_TO|PARTICIPATED_IN|TOOK_PLACE_IN|REPORTED|SUPPORTS|SANCTIONS|COOPERATES_WITH|VISITED|DEPARTED_FROM]-(n:Entity)
  WHERE n <> start
  RETURN collect(DISTINCT n) AS level1
}
CALL (start, level1) {
  UNWIND level1[..$limit] AS m
  MATCH (m)-[:HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|PART_OF|LOCATED_IN|OPERATES|ORIGIN|DESTINATION|STOPS_AT|PROPOSED|PROPOSED_TO|ANNOUNCED|TRAVELLED_ON|MET|PARTY_TO|PARTICIPATED_IN|TOOK_PLACE_IN|REPORTED|SUPPORTS|SANCTIONS|COOPERATES_WITH|VISITED|DEPARTED_FROM]-(n:Entity)
  WHERE n <> start AND NOT n IN level1
  RETURN collect(DISTINCT n) AS level2
}
WITH ([start] + level1 + level2)[..$limit] AS nodes, size(level1) + size(level2) + 1 > $limit AS truncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r:HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|PART_OF|LOCATED_IN|OPERATES|ORIGIN|DESTINATION|STOPS_AT|PROPOSED|PROPOSED_TO|ANNOUNCED|TRAVELLED_ON|MET|PARTY_TO|PARTICIPATED_IN|TOOK_PLACE_IN|REPORTED|SUPPORTS|SANCTIONS|COOPERATES_WITH|VISITED|DEPARTED_FROM]->(b:Entity)
  WHERE b IN nodes
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id}) AS edges
}
RETURN [n IN nodes | n {.id, .name, .kind}] AS nodes, edges, truncated
