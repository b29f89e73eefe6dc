// @name edge/lock-edge
// @mode write
// @params id
// returns id of the edge, now write-locked by this transaction until it ends (no property changes); no row if absent
MATCH (c:Citation {edgeId: $id})
WITH c.edgeFrom AS fromId
LIMIT 1
MATCH (:Entity {id: fromId})-[r]->(:Entity)
WHERE r.id = $id
SET r._lock = true
REMOVE r._lock
RETURN r.id AS id
