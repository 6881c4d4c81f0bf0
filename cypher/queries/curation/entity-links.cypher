// Everything attached to an entity, as a merge moves it: mentions, allow-listed relationships ($types) in both
// directions, statements said by or about it, fact claims about it, candidates resolved to it. Anything else
// attached to it is listed in `unhandled`, so a merge refuses rather than losing it.
MATCH (e:Entity {id: $id})
RETURN
  [(e)-[r:MENTIONED_IN]->(a:Article) | {articleId: a.id, start: r.start, props: properties(r)}] AS mentions,
  [(e)-[r]->(o:Entity) WHERE type(r) IN $types |
    {id: r.id, type: type(r), subjectId: e.id, objectId: o.id, props: properties(r)}] AS outgoing,
  [(o:Entity)-[r]->(e) WHERE type(r) IN $types |
    {id: r.id, type: type(r), subjectId: o.id, objectId: e.id, props: properties(r)}] AS incoming,
  [(s:Statement)-[:SAID_BY]->(e) | s.id] AS saidBy,
  [(s:Statement)-[:ABOUT]->(e) | s.id] AS statementsAbout,
  [(f:Fact)-[:ABOUT]->(e) | f.id] AS facts,
  COLLECT { MATCH (c:Candidate) WHERE c.resolvedToId = e.id RETURN c.id } AS candidates,
  [(e)-[r]-(x) WHERE NOT (
      (type(r) IN $types AND x:Entity)
      OR (type(r) = 'MENTIONED_IN' AND x:Article AND startNode(r) = e)
      OR (type(r) = 'SAID_BY' AND x:Statement AND endNode(r) = e)
      OR (type(r) = 'ABOUT' AND (x:Statement OR x:Fact) AND endNode(r) = e)
    ) | type(r)] AS unhandled
