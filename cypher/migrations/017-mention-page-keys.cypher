// Page keys for mentions written before they existed (ingest/merge-mentions writes them since): the entity's id
// and a text key whose order is the mention order of Entity.mentions (newest article first, undated last, then
// article id, then offset), so a page is an index seek on (entityId, pageKey) whatever the entity's degree.
MATCH (e:Entity)-[m:MENTIONED_IN]->(a:Article)
WHERE m.pageKey IS NULL OR m.entityId IS NULL OR m.entityId <> e.id
SET m.entityId = e.id,
    m.pageKey = CASE WHEN a.publishedAt IS NULL THEN '1'
                     ELSE '0' + right('00000000' + toString(99999999 - toInteger(replace(left(toString(a.publishedAt), 10), '-', ''))), 8)
                END + ' ' + a.id + ' ' + right('0000000000' + toString(m.start), 10)
