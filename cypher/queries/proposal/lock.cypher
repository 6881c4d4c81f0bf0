// A proposal under review, write-locked for the rest of the transaction, so two editors accepting it at once
// are serialised and the second sees the first one's result.
MATCH (p:Proposal {id: $id})
SET p.status = p.status
RETURN properties(p) AS proposal
