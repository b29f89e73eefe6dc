// @name schema/create-entity-search-index
// @mode write
// @params
// returns nothing; the fulltext index entity search runs on (names as written and cross-script search keys)
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasValues, e.searchKeys]
