// A merge record, locked for this transaction, with whether the merged entity exists again and which merge
// (if any) has since merged the kept entity away.
MATCH (r:MergeRecord {id: $id})
SET r._lock = true
REMOVE r._lock
WITH r
OPTIONAL MATCH (m:Entity {id: r.mergedId})
RETURN properties(r) AS record,
       m IS NOT NULL AS mergedExists,
       COLLECT {
         MATCH (x:MergeRecord) WHERE x.mergedId = r.keptId AND x.undoneAt IS NULL RETURN x.id
       } AS keptMergedBy
