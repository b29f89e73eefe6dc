// @name correction/update-edge
// @mode write
// @params id, validFrom, validTo, validFromLow, validToHigh, confidence, note, status, retractedReason, at, actor
// returns id of the relationship whose corrected fields and update stamp were set; no row if absent
MATCH (c:Citation {edgeId: $id})
WITH c.edgeFrom AS fromId
LIMIT 1
MATCH (:Entity {id: fromId})-[r]->(:Entity)
WHERE r.id = $id
SET r.validFrom = $validFrom, r.validTo = $validTo, r.validFromLow = $validFromLow, r.validToHigh = $validToHigh,
  r.confidence = $confidence, r.note = $note, r.status = $status, r.retractedReason = $retractedReason,
  r.updatedAt = $at, r.updatedBy = $actor
RETURN r.id AS id
