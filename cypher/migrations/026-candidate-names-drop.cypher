// No statement ever searched candidate names through this index; every new candidate paid for a Lucene update in
// its ingest's commit all the same.
DROP INDEX candidate_names IF EXISTS
