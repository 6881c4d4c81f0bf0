// Evidence for claims (relationships and facts share the Claim id): one index seek per id, then one hop.
UNWIND $ids AS id
MATCH (c:Claim {id: id})-[ev:EVIDENCED_BY]->(a:Article)
RETURN c.id AS claimId, a.id AS articleId, a.outlet AS outlet, ev.sentence AS sentence,
       ev.sentenceIndex AS sentenceIndex, ev.sentenceStart AS sentenceStart, ev.quote AS quote,
       ev.start AS start, ev.end AS end
ORDER BY claimId, a.publishedAt IS NULL, a.publishedAt, a.id, ev.start
