// Candidates by id, shaped like the candidate rows of the review list.
UNWIND $ids AS id
MATCH (c:Candidate {id: id})
RETURN c {
  .id, .name, .key, .kindGuess, .category, .variants, .aliasOfId, .aliasReason, .status, .resolvedToId,
  sightings: [(c)-[p:PROPOSED_IN]->(a:Article) | {articleId: a.id, sentence: p.sentence, start: p.start, end: p.end}]
} AS candidate
