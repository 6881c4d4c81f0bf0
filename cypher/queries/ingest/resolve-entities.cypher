// Where entity ids lead now. An id that was merged away follows its in-force (not undone) merge records to
// the entity it went into, transitively (X→Y→Z, up to 16 merges deep); an id that leads to no entity (deleted,
// not merged) gives nulls. Read-only on purpose: a statement that writes looks entities up with index seeks
// that lock the index entry, which a merge deleting the entity would then wait for (see resolve-entities.ts).
UNWIND $ids AS asked
WITH asked, reduce(at = asked, i IN range(1, 16) | CASE WHEN EXISTS { (:Entity {id: at}) } THEN at
  ELSE coalesce(COLLECT { MATCH (r:MergeRecord {mergedId: at}) WHERE r.undoneAt IS NULL RETURN r.keptId }[0], at) END) AS id
OPTIONAL MATCH (e:Entity {id: id})
RETURN asked, elementId(e) AS node, properties(e) AS entity
