CREATE INDEX claim_object_page IF NOT EXISTS FOR (c:Claim) ON (c.objectId, c.pageKey)
