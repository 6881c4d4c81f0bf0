// Fulltext over article titles and text. $query is built in code from escaped terms only. The text comes back
// so the matched passage can be cut out of it.
CALL db.index.fulltext.queryNodes('article_text', $query) YIELD node, score
WHERE node:Article
RETURN properties(node) AS article, score
ORDER BY score DESC, node.id
LIMIT $first
