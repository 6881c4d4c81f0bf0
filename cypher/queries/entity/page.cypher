// Entities by id, each with one page of its mentions and one page of its relationships when asked: the whole entity
// page in one statement (Query.entity looks ahead into the selection) and the batch behind the Entity.mentions and
// Entity.relations loaders. $mentions is null or {after, limit}; $relations is null or {from, to, limit, direction,
// types, allTypes, evidence} (LIMIT is evaluated even in a branch that yields no row, hence the coalesce). Each
// seek orders by both index properties (the first fixed by equality): only then does the planner read the index in
// order and stop at the limit instead of sorting every row of the entity. Pages are seeks in key order on the
// mention_page and claim_*_page indexes, and totals come from the degree store, so neither grows with the entity's
// degree. The relationship types written into the patterns are the allow-list (src/graph/relation-types.ts; checked
// by test/unit/cypher-allow-list.test.ts); $relations.types narrows them.
// Entities come back as the fields the API reads (rows.ts entityRow), not properties(): the driver would
// decode their timestamps and ship their search keys on every row (test/unit/entity-projection.test.ts).
// An article's ingestedAt comes back as ISO text: Neo4j writes it for less than the driver decodes a DateTime.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  WITH e WHERE $mentions IS NOT NULL
  MATCH ()-[m:MENTIONED_IN]->(a:Article)
  WHERE m.entityId = e.id AND m.pageKey > $mentions.after
  WITH m, a ORDER BY m.entityId, m.pageKey LIMIT coalesce($mentions.limit, 0)
  RETURN collect(m {
    .surface, .sentence, .sentenceIndex, .sentenceStart, .start, .end, .learnt, key: m.pageKey, entityId: m.entityId,
    article: a {.id, .title, .outlet, .author, .publishedAt, .source, .url, .contentHash, ingestedAt: toString(a.ingestedAt)}
  }) AS mentions
}
CALL (e) {
  WITH e WHERE $relations IS NOT NULL
  CALL (e) {
    WITH e WHERE $relations.direction <> 'INCOMING'
    MATCH (c:Claim)
    WHERE c.subjectId = e.id AND c.pageKey > $relations.from AND c.pageKey < $relations.to
      AND c.type IN $relations.types
    WITH c ORDER BY c.subjectId, c.pageKey LIMIT coalesce($relations.limit, 0)
    RETURN c
    UNION
    WITH e WHERE $relations.direction <> 'OUTGOING'
    MATCH (c:Claim)
    WHERE c.objectId = e.id AND c.pageKey > $relations.from AND c.pageKey < $relations.to
      AND c.type IN $relations.types
    WITH c ORDER BY c.objectId, c.pageKey LIMIT coalesce($relations.limit, 0)
    RETURN c
  }
  WITH e, c ORDER BY c.pageKey LIMIT coalesce($relations.limit, 0)
  MATCH (s:Entity {id: c.subjectId})-[r:HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|PART_OF|LOCATED_IN|OPERATES|ORIGIN|DESTINATION|STOPS_AT|PROPOSED|PROPOSED_TO|ANNOUNCED|TRAVELLED_ON|MET|PARTY_TO|PARTICIPATED_IN|TOOK_PLACE_IN|REPORTED|SUPPORTS|SANCTIONS|COOPERATES_WITH|VISITED|DEPARTED_FROM]->(o:Entity {id: c.objectId})
  WHERE r.id = c.id
  CALL (c) {
    WITH c WHERE $relations.evidence
    MATCH (c)-[ev:EVIDENCED_BY]->(a:Article)
    WITH c, ev, a ORDER BY a.publishedAt IS NULL, a.publishedAt, a.id, ev.start
    RETURN collect({
      claimId: c.id, sentence: ev.sentence, sentenceIndex: ev.sentenceIndex, sentenceStart: ev.sentenceStart,
      quote: ev.quote, start: ev.start, end: ev.end,
      article: a {.id, .title, .outlet, .author, .publishedAt, .source, .url, .contentHash, ingestedAt: toString(a.ingestedAt)}
    }) AS evidence
  }
  WITH c, s = e AS outgoing, CASE WHEN s = e THEN o ELSE s END AS other, r, evidence
  ORDER BY c.pageKey
  RETURN collect({
    key: c.pageKey,
    direction: CASE WHEN outgoing THEN 'OUTGOING' ELSE 'INCOMING' END,
    other: other {.id, .kind, .name, .aliases, .description, .nationality, .orgType, .placeType, .mode, .status, .frequency, .firstServiceDate, .agreementKind, .eventType, .date, .datePrecision},
    relation: {
      id: r.id, type: type(r), role: r.role, note: r.note, at: r.at, start: r.start, end: r.end, precision: r.precision
    },
    evidence: evidence
  }) AS relations
}
RETURN e {.id, .kind, .name, .aliases, .description, .nationality, .orgType, .placeType, .mode, .status, .frequency, .firstServiceDate, .agreementKind, .eventType, .date, .datePrecision} AS entity, mentions, relations,
       CASE WHEN $mentions IS NULL THEN null ELSE COUNT { (e)-[:MENTIONED_IN]->() } END AS mentionCount,
       CASE
         WHEN $relations IS NULL THEN null
         WHEN $relations.allTypes AND $relations.direction = 'BOTH'
           THEN COUNT { (e)-[:HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|PART_OF|LOCATED_IN|OPERATES|ORIGIN|DESTINATION|STOPS_AT|PROPOSED|PROPOSED_TO|ANNOUNCED|TRAVELLED_ON|MET|PARTY_TO|PARTICIPATED_IN|TOOK_PLACE_IN|REPORTED|SUPPORTS|SANCTIONS|COOPERATES_WITH|VISITED|DEPARTED_FROM]-() }
         WHEN $relations.allTypes AND $relations.direction = 'OUTGOING'
           THEN COUNT { (e)-[:HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|PART_OF|LOCATED_IN|OPERATES|ORIGIN|DESTINATION|STOPS_AT|PROPOSED|PROPOSED_TO|ANNOUNCED|TRAVELLED_ON|MET|PARTY_TO|PARTICIPATED_IN|TOOK_PLACE_IN|REPORTED|SUPPORTS|SANCTIONS|COOPERATES_WITH|VISITED|DEPARTED_FROM]->() }
         WHEN $relations.allTypes
           THEN COUNT { (e)<-[:HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|PART_OF|LOCATED_IN|OPERATES|ORIGIN|DESTINATION|STOPS_AT|PROPOSED|PROPOSED_TO|ANNOUNCED|TRAVELLED_ON|MET|PARTY_TO|PARTICIPATED_IN|TOOK_PLACE_IN|REPORTED|SUPPORTS|SANCTIONS|COOPERATES_WITH|VISITED|DEPARTED_FROM]-() }
         ELSE COUNT {
           (e)-[r:HOLDS_OFFICE|WORKS_FOR|MEMBER_OF|PART_OF|LOCATED_IN|OPERATES|ORIGIN|DESTINATION|STOPS_AT|PROPOSED|PROPOSED_TO|ANNOUNCED|TRAVELLED_ON|MET|PARTY_TO|PARTICIPATED_IN|TOOK_PLACE_IN|REPORTED|SUPPORTS|SANCTIONS|COOPERATES_WITH|VISITED|DEPARTED_FROM]-()
           WHERE type(r) IN $relations.types
             AND ($relations.direction = 'BOTH' OR ($relations.direction = 'OUTGOING') = (startNode(r) = e))
         }
       END AS relationCount
