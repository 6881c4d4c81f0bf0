// Marks a merge as undone; the record stays for the audit trail.
MATCH (r:MergeRecord {id: $id})
SET r.undoneAt = datetime(), r.undoneBy = $by
RETURN properties(r) AS record
