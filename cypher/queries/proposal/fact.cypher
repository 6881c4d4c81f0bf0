// One fact claim by id, shaped like the fact rows of the read side.
MATCH (f:Fact {id: $id})
RETURN f.id AS id, f.subjectId AS subjectId, f.property AS property, f.value AS value,
       f.valueText AS valueText, f.precision AS precision
