// Write-locks entity nodes found by ingest/resolve-entities for the rest of the transaction, in the order
// given (callers sort by entity id, the one order every writer uses). By element id, so no index entry is
// locked while a node's lock is awaited. A node deleted meanwhile locks nothing.
UNWIND $nodes AS node
MATCH (e:Entity)
WHERE elementId(e) = node
SET e._lock = true
REMOVE e._lock
RETURN count(e) AS locked
