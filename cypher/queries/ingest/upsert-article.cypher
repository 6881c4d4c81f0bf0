// Keyed by the content hash: the same text ingested again finds the same node. Setting lastSeenAt on a
// match takes the node's write lock first, so concurrent ingests of one article run one after another.
MERGE (a:Article {contentHash: $article.contentHash})
ON CREATE SET a += $article, a.ingestedAt = datetime.statement()
ON MATCH SET a.lastSeenAt = datetime.statement()
RETURN a.id AS id, a.ingestedAt = datetime.statement() AS created
