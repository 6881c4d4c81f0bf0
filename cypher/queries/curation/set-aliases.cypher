// The names of an entity and what is derived from them (keys for matching, text for the fulltext index).
MATCH (e:Entity {id: $id})
SET e.aliases = $aliases,
    e.aliasKeys = $aliasKeys,
    e.searchText = $searchText,
    e.standaloneAliases = $standaloneAliases,
    e.updatedAt = datetime()
RETURN properties(e) AS entity
