// Candidates resolved to one entity now point at another.
UNWIND $ids AS id
MATCH (c:Candidate {id: id})
WHERE c.resolvedToId = $from
SET c.resolvedToId = $to
RETURN c.id AS id
