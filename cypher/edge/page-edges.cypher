// @name edge/page-edges
// @mode read
// @params afterId, first
// returns up to first edge ids after afterId ("" for the first page), in id order (every edge has a citation, whose edgeId index is ordered)
MATCH (c:Citation)
WHERE c.edgeId > $afterId
WITH DISTINCT c.edgeId AS id
ORDER BY id
LIMIT $first
RETURN id
