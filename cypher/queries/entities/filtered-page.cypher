// A page of entities matching a name filter, or in mentions order, with the total: both need every entity
// looked at, so this is a scan, but a top-k one (only the page is kept) past the cursor's sort key. $name is
// lower-cased text matched inside names and aliases; $key is its nameKey(), matched inside the normalised alias
// keys, so transliteration variants find each other. Each ORDER BY key is null (a no-op) unless $sort selects it.
// $after is null or the last item's key {mentions, name, id}.
// Entities come back as the fields the API reads (rows.ts entityRow), not properties(): the driver would
// decode their timestamps and ship their search keys on every row (test/unit/entity-projection.test.ts).
// With $detail false (the selection reads nothing of the entities but id, kind and name) each comes back as
// that card: the list then ships a fifth of the bytes and reads no other property.
CALL () {
  MATCH (e:Entity)
  WHERE ($kind IS NULL OR e.kind = $kind)
    AND ($name IS NULL
      OR toLower(e.name) CONTAINS $name
      OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS $name)
      OR ($key <> '' AND any(k IN coalesce(e.aliasKeys, []) WHERE k CONTAINS $key)))
  RETURN count(e) AS totalCount
}
CALL () {
  MATCH (e:Entity)
  WHERE ($kind IS NULL OR e.kind = $kind)
    AND ($name IS NULL
      OR toLower(e.name) CONTAINS $name
      OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS $name)
      OR ($key <> '' AND any(k IN coalesce(e.aliasKeys, []) WHERE k CONTAINS $key)))
  WITH e, toLower(e.name) AS name,
       CASE WHEN $sort = 'MENTIONS_DESC' THEN COUNT { (e)-[:MENTIONED_IN]->() } ELSE 0 END AS mentions
  WHERE $after IS NULL
     OR ($sort = 'MENTIONS_DESC' AND (mentions < $after.mentions OR (mentions = $after.mentions
           AND (name > $after.name OR (name = $after.name AND e.id > $after.id)))))
     OR ($sort = 'NAME_ASC' AND (name > $after.name OR (name = $after.name AND e.id > $after.id)))
     OR ($sort = 'NAME_DESC' AND (name < $after.name OR (name = $after.name AND e.id < $after.id)))
  WITH e, name, mentions
  ORDER BY mentions DESC,
           CASE WHEN $sort <> 'NAME_DESC' THEN name END ASC,
           CASE WHEN $sort = 'NAME_DESC' THEN name END DESC,
           CASE WHEN $sort <> 'NAME_DESC' THEN e.id END ASC,
           CASE WHEN $sort = 'NAME_DESC' THEN e.id END DESC
  LIMIT $limit
  RETURN collect({entity: CASE WHEN $detail THEN e {.id, .kind, .name, .aliases, .description, .nationality, .orgType, .placeType, .mode, .status, .frequency, .firstServiceDate, .agreementKind, .eventType, .date, .datePrecision} ELSE e {.id, .kind, .name} END, key: [mentions, name, e.id]}) AS items
}
RETURN items, totalCount
