// Whether the database holds anything an import could collide with (schema bookkeeping aside); stops at the first.
RETURN EXISTS { MATCH (n) WHERE NOT n:Migration } AS hasData
