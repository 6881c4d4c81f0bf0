// Proposals by id, in the order asked.
UNWIND $ids AS id
MATCH (p:Proposal {id: id})
RETURN properties(p) AS proposal
