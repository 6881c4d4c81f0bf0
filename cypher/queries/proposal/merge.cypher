// What an article's analysis proposes, stored apart from confirmed knowledge: no Entity label, no edge to any
// entity (ends are ids and names in properties), so traversal, paths, corroboration and timelines never see it.
// Keyed by a stable id: analysing the same article again writes nothing new, and a reviewed proposal keeps its
// review.
UNWIND $proposals AS p
MERGE (x:Proposal {id: p.id})
ON CREATE SET x += p.props, x.articleId = p.articleId, x.status = 'pending', x.createdAt = datetime()
RETURN count(x) AS proposals
