CREATE INDEX proposal_object IF NOT EXISTS FOR (p:Proposal) ON (p.objectId)
