// Records how a candidate was resolved; its sightings stay as the trail of where the name was found.
MATCH (c:Candidate {id: $id})
SET c.status = $status, c.resolvedToId = $entityId, c.resolvedAt = datetime(), c.resolvedBy = $by
RETURN c {
  .id, .name, .key, .kindGuess, .status, .resolvedToId,
  sightings: [(c)-[p:PROPOSED_IN]->(a:Article) | {articleId: a.id, sentence: p.sentence, start: p.start, end: p.end}]
} AS candidate
