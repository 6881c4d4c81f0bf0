CREATE FULLTEXT INDEX candidate_names IF NOT EXISTS FOR (c:Candidate) ON EACH [c.name]
