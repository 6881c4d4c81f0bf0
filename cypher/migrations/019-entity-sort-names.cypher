// Lower-cased names for entities written before ingest/upsert-entities stored them: the order of Query.entities.
MATCH (e:Entity)
WHERE e.sortName IS NULL AND e.name IS :: STRING
SET e.sortName = toLower(e.name)
