// The floor's shortest paths: up to 5 shortest paths of at most 4 hops, each hop with its ends, its direction,
// its relationship and that relationship's evidence.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|PART_OF|LOCATED_IN|OPERATES|ORIGIN|DESTINATION|STOPS_AT|PROPOSED|PROPOSED_TO|ANNOUNCED|TRAVELLED_ON|MET|PARTY_TO|PARTICIPATED_IN|TOOK_PLACE_IN|REPORTED|SUPPORTS|SANCTIONS|COOPERATES_WITH|VISITED|DEPARTED_FROM*..4]-(b))
WITH p, nodes(p) AS ns, relationships(p) AS rs
ORDER BY [n IN ns | n.id]
LIMIT 5
RETURN [i IN range(0, size(rs) - 1) | {
  from: {id: ns[i].id, name: ns[i].name},
  to: {id: ns[i + 1].id, name: ns[i + 1].name},
  direction: CASE WHEN startNode(rs[i]) = ns[i] THEN 'OUTGOING' ELSE 'INCOMING' END,
  relation: {id: rs[i].id, type: type(rs[i])},
  evidence: COLLECT {
    MATCH (c:Claim {id: rs[i].id})-[ev:EVIDENCED_BY]->(x:Article)
    RETURN ev {.quote, article: x {.id, .title}}
  }
}] AS hops
