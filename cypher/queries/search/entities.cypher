// Fulltext over names, aliases and their normalised keys. $query is built in code from escaped terms only.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE node:Entity AND ($kinds IS NULL OR node.kind IN $kinds)
RETURN properties(node) AS entity, score
ORDER BY score DESC, node.id
LIMIT $first
