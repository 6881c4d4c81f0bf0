// Entities keyed by their stable id; the kind label comes from the allow-list checked in src/graph. sortName
// (the lower-cased name) orders Query.entities through an index.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.createdAt = datetime()
SET n += e.props,
    n.kind = e.kind,
    n.name = e.name,
    n.sortName = toLower(e.name),
    n.aliases = e.aliases,
    n.aliasKeys = e.aliasKeys,
    n.standaloneAliases = e.standaloneAliases,
    n.searchText = e.searchText,
    n.description = e.description,
    n.updatedAt = datetime()
SET n:$(e.kind)
RETURN count(n) AS entities
