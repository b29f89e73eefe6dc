// @name map/list-maps
// @mode read
// @params includeDeleted, limit
// returns doc (the map as JSON) of at most limit maps, newest change first, deleted ones only when includeDeleted
MATCH (m:SavedMap)
WHERE m.updatedAt IS NOT NULL AND ($includeDeleted OR m.deletedAt IS NULL)
RETURN m.doc AS doc
ORDER BY m.updatedAt DESC, m.id
LIMIT $limit
