// Moves the name mentions of $from spelt as one of $surfaces to $to, except at the places in $except
// ({articleId, start}). Where $to already has a mention at the same place, that one stays and $from's goes.
MATCH (from:Entity {id: $from})-[r:MENTIONED_IN]->(a:Article)
WHERE r.via = 'name' AND r.surface IN $surfaces
  AND NOT any(x IN $except WHERE x.articleId = a.id AND x.start = r.start)
MATCH (to:Entity {id: $to})
MERGE (to)-[n:MENTIONED_IN {start: r.start}]->(a)
ON CREATE SET n = properties(r)
DELETE r
RETURN count(*) AS relinked
