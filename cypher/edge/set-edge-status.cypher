// @name edge/set-edge-status
// @mode write
// @params id, status, retractedReason, at, actor
// returns id of the edge whose status, retraction reason and update stamp were set; no row if absent
MATCH (c:Citation {edgeId: $id})
WITH c.edgeFrom AS fromId
LIMIT 1
MATCH (:Entity {id: fromId})-[r]->(:Entity)
WHERE r.id = $id
SET r.status = $status, r.retractedReason = $retractedReason, r.updatedAt = $at, r.updatedBy = $actor
RETURN r.id AS id
