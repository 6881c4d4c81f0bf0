// Keyed by the content hash: the same text ingested again finds the same node. Setting lastSeenAt on a
// match takes the node's write lock first, so concurrent ingests of one article run one after another.
// $articles holds distinct content hashes (the caller folds repeats within a batch).
UNWIND $articles AS article
MERGE (a:Article {contentHash: article.contentHash})
ON CREATE SET a += article, a.ingestedAt = datetime.statement()
ON MATCH SET a.lastSeenAt = datetime.statement()
RETURN article.contentHash AS contentHash, a.id AS id, a.ingestedAt = datetime.statement() AS created
