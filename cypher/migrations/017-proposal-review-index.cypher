CREATE INDEX proposal_status_confidence IF NOT EXISTS FOR (p:Proposal) ON (p.status, p.confidence)
