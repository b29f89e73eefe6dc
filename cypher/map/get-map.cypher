// @name map/get-map
// @mode read
// @params id
// returns doc (the map as JSON) of the map with this id; no row if absent
MATCH (m:SavedMap {id: $id})
RETURN m.doc AS doc
