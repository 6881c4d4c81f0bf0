// Articles by id, text included (offsets everywhere index into it).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN properties(a) AS article
