// Who said what, where it was reported, and what it is about. Speakers and subjects are ids resolved and
// locked in this transaction (resolve-entities); returns what it wrote.
UNWIND $statements AS st
MATCH (speaker:Entity {id: st.speakerId})
MATCH (a:Article {id: st.articleId})
MERGE (s:Statement {id: st.id})
SET s.quote = st.quote, s.sentence = st.sentence, s.start = st.start, s.end = st.end, s.date = st.date,
    s.precision = st.precision
MERGE (s)-[:SAID_BY]->(speaker)
MERGE (s)-[:REPORTED_IN]->(a)
WITH s, st
CALL (s, st) {
  UNWIND st.about AS aboutId
  MATCH (e:Entity {id: aboutId})
  MERGE (s)-[:ABOUT]->(e)
  RETURN count(e) AS about
}
RETURN count(s) AS statements, sum(about) AS about
