// Writes follow merge records from a merged-away id to the entity it went into (ingest/resolve-entities).
CREATE INDEX merge_record_merged IF NOT EXISTS FOR (r:MergeRecord) ON (r.mergedId)
