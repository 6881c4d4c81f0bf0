// A page of entities with the total. $name is lower-cased text matched inside names and aliases; $key is its
// nameKey(), matched inside the normalised alias keys, so transliteration variants find each other.
// Sorting by a parameter: each ORDER BY key is null (a no-op) unless $sort selects it.
MATCH (e:Entity)
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($name IS NULL
    OR toLower(e.name) CONTAINS $name
    OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS $name)
    OR ($key <> '' AND any(k IN coalesce(e.aliasKeys, []) WHERE k CONTAINS $key)))
WITH e, CASE WHEN $sort = 'MENTIONS_DESC' THEN COUNT { (e)-[:MENTIONED_IN]->(:Article) } END AS mentions
ORDER BY mentions DESC,
         CASE WHEN $sort <> 'NAME_DESC' THEN toLower(e.name) END ASC,
         CASE WHEN $sort = 'NAME_DESC' THEN toLower(e.name) END DESC,
         e.id
WITH collect(e) AS ordered
RETURN size(ordered) AS totalCount, [x IN ordered[$offset..$offset + $first] | properties(x)] AS items
