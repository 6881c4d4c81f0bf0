CREATE INDEX claim_subject_page IF NOT EXISTS FOR (c:Claim) ON (c.subjectId, c.pageKey)
