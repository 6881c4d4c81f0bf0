// Recreates an entity from a merge snapshot: its properties and its labels (Entity and its kind, allow-listed in
// code). Timestamps kept as text in the snapshot become datetimes again.
CREATE (e:Entity)
SET e = $props
SET e.createdAt = CASE WHEN e.createdAt IS :: STRING THEN datetime(e.createdAt) ELSE e.createdAt END,
    e.updatedAt = datetime()
SET e:$($labels)
RETURN properties(e) AS entity
