// @name citation/set-edge-from
// @mode write
// @params edgeIds, fromId
// returns updated: how many citations now record fromId as the start of their (moved) edge
UNWIND $edgeIds AS edgeId
MATCH (c:Citation {edgeId: edgeId})
SET c.edgeFrom = $fromId
RETURN count(c) AS updated
