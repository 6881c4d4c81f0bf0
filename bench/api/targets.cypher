// What the benchmark operations are about: entities ranked by mentions (ties by id), the most named (the hub),
// the median one, and one at the 95th percentile (the other end of the paths operation).
MATCH (e:Entity)
WITH e, COUNT { (e)-[:MENTIONED_IN]->() } AS mentions
WHERE mentions > 0
WITH e, mentions ORDER BY mentions DESC, e.id
WITH collect(e {.id, .name, mentions: mentions}) AS ranked
RETURN ranked[0] AS hub, ranked[size(ranked) / 2] AS median, ranked[size(ranked) / 20] AS popular
