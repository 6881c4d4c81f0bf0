// One batch of an import: relationships between nodes this import created, by the element ids it got for them.
UNWIND $relationships AS rel
MATCH (a) WHERE elementId(a) = rel.from
MATCH (b) WHERE elementId(b) = rel.to
CREATE (a)-[r:$(rel.type)]->(b)
SET r = rel.properties
RETURN count(r) AS created
