// Every node but schema bookkeeping (:Migration, which each database keeps for itself), for export and the graph
// checksum. The driver hands integers and floats over as the same JS number, so FLOAT-valued keys are named.
MATCH (n)
WHERE NOT n:Migration
RETURN elementId(n) AS elementId,
       labels(n) AS labels,
       properties(n) AS properties,
       [k IN keys(n) WHERE valueType(n[k]) STARTS WITH 'FLOAT' OR valueType(n[k]) STARTS WITH 'LIST<FLOAT'] AS floatKeys
