// The floor's entity page: the entity, its 20 latest mentions with their articles, and 20 relationships with the
// far end and the evidence, in one hand-written statement on the same indexes the service uses.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH ()-[m:MENTIONED_IN]->(a:Article)
  WHERE m.entityId = e.id AND m.pageKey > ''
  WITH m, a ORDER BY m.entityId, m.pageKey LIMIT 20
  RETURN collect(m {.surface, .sentence, .start, .end, article: a {.id, .title, .publishedAt, .outlet}}) AS mentions
}
CALL (e) {
  CALL (e) {
    MATCH (c:Claim) WHERE c.subjectId = e.id AND c.pageKey > ''
    WITH c ORDER BY c.subjectId, c.pageKey LIMIT 20
    RETURN c
    UNION
    MATCH (c:Claim) WHERE c.objectId = e.id AND c.pageKey > ''
    WITH c ORDER BY c.objectId, c.pageKey LIMIT 20
    RETURN c
  }
  WITH e, c ORDER BY c.pageKey LIMIT 20
  MATCH (s:Entity {id: c.subjectId})-[r:HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|PART_OF|LOCATED_IN|OPERATES|ORIGIN|DESTINATION|STOPS_AT|PROPOSED|PROPOSED_TO|ANNOUNCED|TRAVELLED_ON|MET|PARTY_TO|PARTICIPATED_IN|TOOK_PLACE_IN|REPORTED|SUPPORTS|SANCTIONS|COOPERATES_WITH|VISITED|DEPARTED_FROM]->(o:Entity {id: c.objectId})
  WHERE r.id = c.id
  CALL (c) {
    MATCH (c)-[ev:EVIDENCED_BY]->(a:Article)
    WITH ev, a ORDER BY a.publishedAt IS NULL, a.publishedAt, a.id, ev.start
    RETURN collect(ev {.quote, .sentence, .start, .end, article: a {.id, .title, .publishedAt}}) AS evidence
  }
  WITH e, c, s, o, r, evidence ORDER BY c.pageKey
  RETURN collect({
    direction: CASE WHEN s = e THEN 'OUTGOING' ELSE 'INCOMING' END,
    other: CASE WHEN s = e THEN o {.id, .name, .kind} ELSE s {.id, .name, .kind} END,
    id: r.id, type: type(r), at: r.at, start: r.start, end: r.end, precision: r.precision,
    evidence: evidence
  }) AS relations
}
RETURN e {.id, .name, .kind} AS entity, mentions, COUNT { (e)-[:MENTIONED_IN]->() } AS mentionCount,
       relations, COUNT { (e)-[:HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|PART_OF|LOCATED_IN|OPERATES|ORIGIN|DESTINATION|STOPS_AT|PROPOSED|PROPOSED_TO|ANNOUNCED|TRAVELLED_ON|MET|PARTY_TO|PARTICIPATED_IN|TOOK_PLACE_IN|REPORTED|SUPPORTS|SANCTIONS|COOPERATES_WITH|VISITED|DEPARTED_FROM]-() } AS relationCount
