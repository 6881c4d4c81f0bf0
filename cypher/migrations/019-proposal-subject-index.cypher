CREATE INDEX proposal_subject IF NOT EXISTS FOR (p:Proposal) ON (p.subjectId)
