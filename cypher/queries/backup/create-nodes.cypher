// One batch of an import: nodes with the labels and properties of the dump (labels are parameters, never text
// spliced into the statement), returning the element id each got so relationships can find them.
UNWIND $nodes AS node
CREATE (n:$(node.labels))
SET n = node.properties
RETURN node.key AS key, elementId(n) AS elementId
