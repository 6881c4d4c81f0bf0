// Evidence for claims (relationships and facts share the Claim id): one index seek per id, then one hop.
// The article comes along without its text (Article.text loads it by id when a client asks).
// An article's ingestedAt comes back as ISO text: Neo4j writes it for less than the driver decodes a DateTime.
UNWIND $ids AS id
MATCH (c:Claim {id: id})-[ev:EVIDENCED_BY]->(a:Article)
RETURN c.id AS claimId, a {.id, .title, .outlet, .author, .publishedAt, .source, .url, .contentHash, ingestedAt: toString(a.ingestedAt)} AS article, ev.sentence AS sentence,
       ev.sentenceIndex AS sentenceIndex, ev.sentenceStart AS sentenceStart, ev.quote AS quote,
       ev.start AS start, ev.end AS end
ORDER BY claimId, a.publishedAt IS NULL, a.publishedAt, a.id, ev.start
