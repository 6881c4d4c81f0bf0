// Relationship claims by id as stored: their properties and their evidence edges, for a merge record.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN {
  id: c.id,
  props: properties(c),
  evidence: [(c)-[e:EVIDENCED_BY]->(a:Article) | {articleId: a.id, props: properties(e)}]
} AS claim
