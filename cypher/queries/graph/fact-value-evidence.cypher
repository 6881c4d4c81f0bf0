// Evidence for the VALUE of fact claims: every claim stating the same value about the same subject and property
// (one claim per source, see ingest/upsert-facts) with its sentences. Corroboration of a value counts them all.
// One index seek on the claim id, then the (subjectId, property) index for its siblings.
UNWIND $ids AS id
MATCH (f:Fact {id: id})
MATCH (g:Fact)
WHERE g.subjectId = f.subjectId AND g.property = f.property AND toString(g.value) = toString(f.value)
MATCH (g)-[ev:EVIDENCED_BY]->(a:Article)
RETURN id AS claimId, a {.*, text: null} AS article, ev.sentence AS sentence,
       ev.sentenceIndex AS sentenceIndex, ev.sentenceStart AS sentenceStart, ev.quote AS quote,
       ev.start AS start, ev.end AS end
ORDER BY claimId, a.publishedAt IS NULL, a.publishedAt, a.id, ev.start
