// @name correction/retract-citation
// @mode write
// @params edgeId, citationId, reason, at, actor
// returns id of the citation marked retracted (it stays, with its reason); no row if absent or already retracted
MATCH (c:Citation {id: $citationId})
WHERE c.edgeId = $edgeId AND c.retractedAt IS NULL
SET c.retractedReason = $reason, c.retractedAt = $at, c.retractedBy = $actor
RETURN c.id AS id
