// searchText holds the name, every alias and their normalised keys, so transliteration variants match.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.searchText]
