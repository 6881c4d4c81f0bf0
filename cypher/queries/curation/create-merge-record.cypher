// The audit record of a merge, with what is needed to undo it (snapshot and moved are JSON text).
CREATE (r:MergeRecord)
SET r = $record, r.at = datetime()
RETURN properties(r) AS record
