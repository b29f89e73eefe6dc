// @name map/create-map
// @mode write
// @params props
// returns id of the map created with props (id, title, owner, updatedAt, deletedAt, doc)
CREATE (m:SavedMap)
SET m = $props
RETURN m.id AS id
