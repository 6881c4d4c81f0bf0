// Records the review of a proposal: accepted (with what it became) or rejected (with the reason).
MATCH (p:Proposal {id: $id})
SET p.status = $status, p.reviewedAt = datetime(), p.reviewedBy = $by, p.reason = $reason,
    p.resultId = $resultId, p.createdIds = $createdIds
RETURN properties(p) AS proposal
