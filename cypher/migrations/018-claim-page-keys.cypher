// Page keys for relationship claims written before they existed (ingest/upsert-relations writes them since):
// type, then time (untimed last), then id, the order of Entity.relations; a page is an index seek on
// (subjectId, pageKey) and (objectId, pageKey) whatever the entity's degree.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.id IS NOT NULL
MATCH (c:Claim {id: r.id})
WHERE c.pageKey IS NULL
SET c.pageKey = type(r) + ' ' + CASE WHEN coalesce(r.at, r.start, r.end) IS NULL THEN '1'
                                     ELSE '0' + toString(coalesce(r.at, r.start, r.end)) END + ' ' + r.id
