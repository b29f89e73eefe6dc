// @name map/replace-map
// @mode write
// @params id, props
// returns id of the map whose properties were replaced by props; no row if absent
MATCH (m:SavedMap {id: $id})
SET m = $props
RETURN m.id AS id
