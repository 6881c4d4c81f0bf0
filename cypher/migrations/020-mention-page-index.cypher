CREATE INDEX mention_page IF NOT EXISTS FOR ()-[m:MENTIONED_IN]-() ON (m.entityId, m.pageKey)
