CREATE INDEX entity_sort_name IF NOT EXISTS FOR (e:Entity) ON (e.sortName)
