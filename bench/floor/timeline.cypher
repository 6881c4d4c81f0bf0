// The floor's timeline of one entity: its first 50 dated items (relationships, events, statements, articles).
MATCH (focus:Entity {id: $id})
CALL (focus) {
  MATCH (focus)-[r:HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|PART_OF|LOCATED_IN|OPERATES|ORIGIN|DESTINATION|STOPS_AT|PROPOSED|PROPOSED_TO|ANNOUNCED|TRAVELLED_ON|MET|PARTY_TO|PARTICIPATED_IN|TOOK_PLACE_IN|REPORTED|SUPPORTS|SANCTIONS|COOPERATES_WITH|VISITED|DEPARTED_FROM]-(:Entity)
  WHERE coalesce(r.at, r.start) IS NOT NULL
  WITH r, startNode(r) AS s, endNode(r) AS t
  RETURN 'RELATION' AS kind, toString(coalesce(r.at, r.start)) AS date,
         s.name + ' ' + toLower(replace(type(r), '_', ' ')) + ' ' + t.name AS summary, {id: r.id, type: type(r)} AS item
  UNION ALL
  MATCH (focus)-[:HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|PART_OF|LOCATED_IN|OPERATES|ORIGIN|DESTINATION|STOPS_AT|PROPOSED|PROPOSED_TO|ANNOUNCED|TRAVELLED_ON|MET|PARTY_TO|PARTICIPATED_IN|TOOK_PLACE_IN|REPORTED|SUPPORTS|SANCTIONS|COOPERATES_WITH|VISITED|DEPARTED_FROM]-(ev:Event)
  WHERE ev.date IS NOT NULL
  WITH DISTINCT ev
  RETURN 'EVENT' AS kind, toString(ev.date) AS date, ev.name AS summary, {id: ev.id, name: ev.name} AS item
  UNION ALL
  MATCH (st:Statement)-[:SAID_BY|ABOUT]->(focus)
  WITH DISTINCT st
  WHERE st.date IS NOT NULL
  MATCH (st)-[:SAID_BY]->(sp:Entity)
  RETURN 'STATEMENT' AS kind, toString(st.date) AS date, sp.name + ': “' + st.quote + '”' AS summary,
         {id: st.id, quote: st.quote} AS item
  UNION ALL
  MATCH (focus)-[:MENTIONED_IN]->(a:Article)
  WITH DISTINCT a
  WHERE a.publishedAt IS NOT NULL
  RETURN 'ARTICLE' AS kind, toString(a.publishedAt) AS date, coalesce(a.title, a.outlet, a.id) AS summary,
         {id: a.id, title: a.title} AS item
}
RETURN kind, date, summary, item
ORDER BY date, kind, summary
LIMIT 50
