// Fact claims about each entity, through the (subjectId, property) index.
UNWIND $ids AS id
MATCH (f:Fact)
WHERE f.subjectId = id AND f.property IS NOT NULL
RETURN f.id AS id, f.subjectId AS subjectId, f.property AS property, f.value AS value,
       f.valueText AS valueText, f.precision AS precision
ORDER BY subjectId, property, toString(value)
