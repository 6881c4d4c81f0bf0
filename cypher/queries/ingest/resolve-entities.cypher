// Where entity ids lead now. An id that was merged away follows its in-force (not undone) merge records to
// the entity it went into, transitively (X→Y→Z, up to 16 merges deep); an id that leads to no entity (deleted,
// not merged) gives nulls. Read-only on purpose: a statement that writes looks entities up with index seeks
// that lock the index entry, which a merge deleting the entity would then wait for (see resolve-entities.ts).
// Almost every id names an entity as it is: one seek, and the merge records are followed only for the others.
UNWIND $ids AS asked
OPTIONAL MATCH (direct:Entity {id: asked})
WITH asked, direct, CASE WHEN direct IS NULL THEN
  reduce(at = asked, i IN range(1, 16) | CASE WHEN EXISTS { (:Entity {id: at}) } THEN at
    ELSE coalesce(COLLECT { MATCH (r:MergeRecord {mergedId: at}) WHERE r.undoneAt IS NULL RETURN r.keptId }[0], at) END)
END AS followed
OPTIONAL MATCH (moved:Entity {id: followed})
WITH asked, coalesce(direct, moved) AS e
// $properties false: only the id (the first resolve, before the locks, needs no more; a stored entity's properties
// include timestamps the driver decodes at some cost).
RETURN asked, elementId(e) AS node, CASE WHEN $properties THEN properties(e) ELSE e {.id} END AS entity
