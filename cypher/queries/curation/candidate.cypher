// A candidate name, locked for this transaction, with where it was seen and the texts of those articles.
MATCH (c:Candidate {id: $id})
SET c._lock = true
REMOVE c._lock
RETURN c {.id, .name, .key, .kindGuess, .status, .resolvedToId} AS candidate,
       [(c)-[p:PROPOSED_IN]->(a:Article) |
         {articleId: a.id, start: p.start, end: p.end}] AS sightings,
       [(c)-[:PROPOSED_IN]->(a:Article) | {id: a.id, text: a.text}] AS articles
