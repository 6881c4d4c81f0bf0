// A page of candidate names (not entities: no Entity label) in review order, oldest first, with the total.
MATCH (c:Candidate)
WHERE coalesce(c.status, 'pending') = $status
WITH c
ORDER BY c.createdAt, c.id
WITH collect(c) AS ordered
RETURN size(ordered) AS totalCount,
       [x IN ordered[$offset..$offset + $first] | x {
         .id, .name, .key, .kindGuess, .category, .variants, .aliasOfId, .aliasReason, .status, .resolvedToId,
         sightings: [(x)-[p:PROPOSED_IN]->(a:Article) | {articleId: a.id, sentence: p.sentence, start: p.start, end: p.end}]
       }] AS items
