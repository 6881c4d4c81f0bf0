// All shortest paths between two entities over allow-listed relationship types, either direction: the
// allow-list is written into the pattern (checked by test/unit/cypher-allow-list.test.ts), so the search never
// walks through mentions or evidence; $types narrows it.
// Ends are projected to the fields the API reads (rows.ts entityRow; test/unit/entity-projection.test.ts).
// Each hop says which way the path walks its relationship; its ends are the hop's from and to.
// The literal bound 6 is the hard ceiling (MAX_PATH_HOPS cannot exceed it); $maxHops is applied after the
// search, not inside it, so a failing length check cannot make Neo4j fall back to an exhaustive search.
// With $evidence (the selection reads the hops' evidence), each path comes with the evidence of its hops, in
// graph/evidence's order, so the request needs no second statement for it.
// With $detail false (the selection reads nothing of the hops' entities but id, kind and name) the ends are cards.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|PART_OF|LOCATED_IN|OPERATES|ORIGIN|DESTINATION|STOPS_AT|PROPOSED|PROPOSED_TO|ANNOUNCED|TRAVELLED_ON|MET|PARTY_TO|PARTICIPATED_IN|TOOK_PLACE_IN|REPORTED|SUPPORTS|SANCTIONS|COOPERATES_WITH|VISITED|DEPARTED_FROM*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
WITH p
WHERE length(p) <= $maxHops
WITH p, nodes(p) AS ns, relationships(p) AS rs, [n IN nodes(p) | n.id] AS pathKey
ORDER BY pathKey
LIMIT $first
CALL (rs) {
  WITH rs WHERE $evidence
  UNWIND rs AS r
  MATCH (c:Claim {id: r.id})-[ev:EVIDENCED_BY]->(a:Article)
  WITH c, ev, a ORDER BY c.id, a.publishedAt IS NULL, a.publishedAt, a.id, ev.start
  RETURN collect({
    claimId: c.id, sentence: ev.sentence, sentenceIndex: ev.sentenceIndex, sentenceStart: ev.sentenceStart,
    quote: ev.quote, start: ev.start, `end`: ev.end,
    article: a {.id, .title, .outlet, .author, .publishedAt, .source, .url, .contentHash, ingestedAt: toString(a.ingestedAt)}
  }) AS evidence
}
WITH ns, rs, evidence, pathKey, [n IN ns | CASE WHEN $detail THEN n {.id, .kind, .name, .aliases, .description, .nationality, .orgType, .placeType, .mode, .status, .frequency, .firstServiceDate, .agreementKind, .eventType, .date, .datePrecision} ELSE n {.id, .kind, .name} END] AS ends
RETURN [i IN range(0, size(rs) - 1) | {
  from: ends[i],
  to: ends[i + 1],
  direction: CASE WHEN startNode(rs[i]) = ns[i] THEN 'OUTGOING' ELSE 'INCOMING' END,
  relation: {
    id: rs[i].id,
    type: type(rs[i]),
    role: rs[i].role, note: rs[i].note, at: rs[i].at, start: rs[i].start, end: rs[i].end, precision: rs[i].precision
  }
}] AS hops, evidence
ORDER BY pathKey
