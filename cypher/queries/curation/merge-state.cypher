// Both sides of a merge and the merge record already in force for the same pair, if any.
OPTIONAL MATCH (k:Entity {id: $keep})
OPTIONAL MATCH (m:Entity {id: $merge})
RETURN properties(k) AS keep,
       properties(m) AS merge,
       labels(m) AS mergeLabels,
       COLLECT {
         MATCH (r:MergeRecord) WHERE r.keptId = $keep AND r.mergedId = $merge AND r.undoneAt IS NULL
         RETURN properties(r)
       } AS records
