// Properties with more than one distinct value for the same subject: the claims stay side by side, grouped
// by value. With $subject, one index seek on (subjectId, property); without, every fact.
MATCH (f:Fact)
WHERE ($subject IS NULL OR f.subjectId = $subject) AND f.property IS NOT NULL
WITH f.subjectId AS subjectId, f.property AS property, toString(f.value) AS value,
     collect(f {.id, .subjectId, .property, .value, .valueText, .precision}) AS claims
ORDER BY value
WITH subjectId, property, collect({value: value, claims: claims}) AS values
WHERE size(values) > 1
RETURN subjectId, property, values
ORDER BY subjectId, property
LIMIT $first
