// A page of entities by name (lower-cased; ties by id), A to Z or Z to A ($descending), optionally of one
// kind, with the total. The page is a seek in the entity_sort_name index past the cursor ($afterName, $afterId;
// '' and '' from the start, or the highest possible name going down), so page 1000 costs what page 1 does; the
// total comes from the count store. Name filters and the mentions order use entities/filtered-page.
// The hint keeps that seek, and the tie-break on id is a CASE, not `NOT (sortName = $afterName AND id <= $afterId)`:
// the planner reads that as an OR and, once the statistics change (a replan after the graph grew), answers it with
// a union of two seeks whose rows lose the index order, then sorts every entity to keep 50 (80,105 db hits and
// 90 ms for a page of 20,000 entities, against 208 and 5 ms). It cannot split a CASE.
// Entities come back as the fields the API reads (rows.ts entityRow), not properties(): the driver would
// decode their timestamps and ship their search keys on every row (test/unit/entity-projection.test.ts).
// With $detail false (the selection reads nothing of the entities but id, kind and name) each comes back as
// that card: the list then ships a fifth of the bytes and reads no other property.
CALL () {
  WITH 1 AS ascending WHERE NOT $descending
  MATCH (e:Entity)
  USING INDEX e:Entity(sortName)
  WHERE e.sortName >= $afterName AND ($kind IS NULL OR e.kind = $kind)
    AND CASE WHEN e.sortName = $afterName THEN e.id > $afterId ELSE true END
  WITH e ORDER BY e.sortName, e.id LIMIT $limit
  RETURN e
  UNION ALL
  WITH 1 AS descending WHERE $descending
  MATCH (e:Entity)
  USING INDEX e:Entity(sortName)
  WHERE e.sortName <= $afterName AND ($kind IS NULL OR e.kind = $kind)
    AND CASE WHEN e.sortName = $afterName THEN e.id < $afterId ELSE true END
  WITH e ORDER BY e.sortName DESC, e.id DESC LIMIT $limit
  RETURN e
}
WITH collect({entity: CASE WHEN $detail THEN e {.id, .kind, .name, .aliases, .description, .nationality, .orgType, .placeType, .mode, .status, .frequency, .firstServiceDate, .agreementKind, .eventType, .date, .datePrecision} ELSE e {.id, .kind, .name} END, key: [e.sortName, e.id]}) AS items
RETURN items,
       CASE $kind
         WHEN 'Person' THEN COUNT { (:Person) }
         WHEN 'Organisation' THEN COUNT { (:Organisation) }
         WHEN 'Place' THEN COUNT { (:Place) }
         WHEN 'Route' THEN COUNT { (:Route) }
         WHEN 'Agreement' THEN COUNT { (:Agreement) }
         WHEN 'Event' THEN COUNT { (:Event) }
         ELSE COUNT { (:Entity) }
       END AS totalCount
