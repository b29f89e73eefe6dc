// @name edge/lock-edges-of
// @mode write
// @params id
// returns locked: how many edges touch entity id, each now write-locked by this transaction until it ends
MATCH (:Entity {id: $id})-[r]-(:Entity)
SET r._lock = true
REMOVE r._lock
RETURN count(r) AS locked
