// Every relationship between the nodes backup/nodes reads, each once (by its direction), with its ends by element
// id (valid within the same transaction only).
MATCH (a)-[r]->(b)
WHERE NOT a:Migration AND NOT b:Migration
RETURN elementId(a) AS from,
       elementId(b) AS to,
       type(r) AS type,
       properties(r) AS properties,
       [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'FLOAT' OR valueType(r[k]) STARTS WITH 'LIST<FLOAT'] AS floatKeys
