MATCH (e:Entity)
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, coalesce(e.standaloneAliases, []) AS standaloneAliases
