// Dated items involving one entity: its dated relationships (allow-listed $types), the events it is or is
// linked to, dated statements by or about it, and the articles naming it. $kinds selects item kinds. An item
// is kept when its date overlaps [$from, $to] at its own precision: both sides are compared on the shorter
// prefix, so `2025-07` is inside `from: 2025-07-15`. Dates are ISO text, so text order is date order. The
// allow-listed types are written into the relationship patterns (test/unit/cypher-allow-list.test.ts), so the
// entity's mentions are not expanded to find its relationships.
// Entities come back as the fields the API reads (rows.ts entityRow), not properties(): the driver would
// decode their timestamps and ship their search keys on every row (test/unit/entity-projection.test.ts).
// An article's ingestedAt comes back as ISO text: Neo4j writes it for less than the driver decodes a DateTime.
// Each branch returns only what the order needs (date, kind, summary) and the item itself; items are projected
// after the sort has cut them to $first, so a hub's thousands of articles are not all projected to keep 50.
// (A map projection needs a variable, hence the WITH binding a relationship's ends.)
// With $detail false (the request reads nothing of a relationship's ends or an event but id, kind and name), those
// come back as cards: a hub's page of relationships carried two whole entities per item for nobody.
MATCH (focus:Entity {id: $id})
CALL (focus) {
  MATCH (focus)-[r:HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|PART_OF|LOCATED_IN|OPERATES|ORIGIN|DESTINATION|STOPS_AT|PROPOSED|PROPOSED_TO|ANNOUNCED|TRAVELLED_ON|MET|PARTY_TO|PARTICIPATED_IN|TOOK_PLACE_IN|REPORTED|SUPPORTS|SANCTIONS|COOPERATES_WITH|VISITED|DEPARTED_FROM]-(o:Entity)
  WHERE 'RELATION' IN $kinds AND type(r) IN $types AND coalesce(r.at, r.start) IS NOT NULL
  WITH r, startNode(r) AS s, endNode(r) AS t
  RETURN 'RELATION' AS itemKind, toString(coalesce(r.at, r.start)) AS date, r.precision AS precision,
         s.name + ' ' + toLower(replace(type(r), '_', ' ')) + ' ' + t.name AS summary, r AS item, null AS source
  UNION ALL
  OPTIONAL MATCH (focus)-[r:HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|PART_OF|LOCATED_IN|OPERATES|ORIGIN|DESTINATION|STOPS_AT|PROPOSED|PROPOSED_TO|ANNOUNCED|TRAVELLED_ON|MET|PARTY_TO|PARTICIPATED_IN|TOOK_PLACE_IN|REPORTED|SUPPORTS|SANCTIONS|COOPERATES_WITH|VISITED|DEPARTED_FROM]-(linked:Event)
  WHERE type(r) IN $types
  WITH focus, collect(DISTINCT linked) + CASE WHEN focus:Event THEN [focus] ELSE [] END AS events
  UNWIND events AS ev
  WITH DISTINCT ev
  WHERE 'EVENT' IN $kinds AND ev.date IS NOT NULL
  RETURN 'EVENT' AS itemKind, toString(ev.date) AS date, ev.datePrecision AS precision, ev.name AS summary,
         ev AS item, null AS source
  UNION ALL
  MATCH (st:Statement)-[:SAID_BY|ABOUT]->(focus)
  WITH DISTINCT st
  WHERE 'STATEMENT' IN $kinds AND st.date IS NOT NULL
  MATCH (st)-[:REPORTED_IN]->(a:Article)
  WITH st, a, head([(st)-[:SAID_BY]->(sp:Entity) | sp.name]) AS speaker
  RETURN 'STATEMENT' AS itemKind, toString(st.date) AS date, st.precision AS precision,
         coalesce(speaker + ': ', '') + '“' + st.quote + '”' AS summary, st AS item, a AS source
  UNION ALL
  MATCH (focus)-[:MENTIONED_IN]->(a:Article)
  WITH DISTINCT a
  WHERE 'ARTICLE' IN $kinds AND a.publishedAt IS NOT NULL
  RETURN 'ARTICLE' AS itemKind, toString(a.publishedAt) AS date, 'day' AS precision,
         coalesce(a.title, a.outlet, a.id) AS summary, a AS item, null AS source
}
WITH itemKind, date, precision, summary, item, source
WHERE ($from IS NULL OR date >= left($from, size(date)))
  AND ($to IS NULL OR left(date, size($to)) <= $to)
WITH itemKind, date, precision, summary, item, source
ORDER BY date, itemKind, summary
LIMIT $first
WITH itemKind, date, precision, summary, item, source,
     CASE WHEN itemKind = 'RELATION' THEN startNode(item) END AS s,
     CASE WHEN itemKind = 'RELATION' THEN endNode(item) END AS t
RETURN itemKind, date, precision, summary,
       CASE WHEN itemKind = 'RELATION' THEN {
         id: item.id, type: type(item),
         subject: CASE WHEN $detail THEN s {.id, .kind, .name, .aliases, .description, .nationality, .orgType, .placeType, .mode, .status, .frequency, .firstServiceDate, .agreementKind, .eventType, .date, .datePrecision} ELSE s {.id, .kind, .name} END,
         object: CASE WHEN $detail THEN t {.id, .kind, .name, .aliases, .description, .nationality, .orgType, .placeType, .mode, .status, .frequency, .firstServiceDate, .agreementKind, .eventType, .date, .datePrecision} ELSE t {.id, .kind, .name} END,
         role: item.role, note: item.note, at: item.at, start: item.start, `end`: item.end, precision: item.precision
       } END AS relation,
       CASE WHEN itemKind = 'EVENT' THEN CASE WHEN $detail THEN item {.id, .kind, .name, .aliases, .description, .nationality, .orgType, .placeType, .mode, .status, .frequency, .firstServiceDate, .agreementKind, .eventType, .date, .datePrecision} ELSE item {.id, .kind, .name} END END AS event,
       CASE WHEN itemKind = 'STATEMENT' THEN item {
         .id, .quote, .sentence, .start, .`end`, .date, .precision,
         speakerId: head([(item)-[:SAID_BY]->(sp:Entity) | sp.id]), aboutIds: [(item)-[:ABOUT]->(x:Entity) | x.id],
         articleId: source.id
       } END AS statement,
       CASE WHEN itemKind = 'ARTICLE' THEN item {.id, .title, .outlet, .author, .publishedAt, .source, .url, .contentHash, ingestedAt: toString(item.ingestedAt)} END AS article
