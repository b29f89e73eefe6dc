// @name correction/lock-edge
// @mode write
// @params id
// returns id of the relationship once this transaction holds its write lock (taken by a no-op SET); no row if absent
MATCH (c:Citation {edgeId: $id})
WITH c.edgeFrom AS fromId
LIMIT 1
MATCH (:Entity {id: fromId})-[r]->(:Entity)
WHERE r.id = $id
SET r.updatedAt = r.updatedAt
RETURN r.id AS id
