// @name map/lock-map
// @mode write
// @params id
// returns id of the map, now write-locked by this transaction until it ends (no property changes); no row if absent
MATCH (m:SavedMap {id: $id})
SET m._lock = true
REMOVE m._lock
RETURN m.id AS id
