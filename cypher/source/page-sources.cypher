// @name source/page-sources
// @mode read
// @params afterId, first
// returns up to first sources (properties) with an id after afterId, in id order
MATCH (s:Source)
WHERE $afterId IS NULL OR s.id > $afterId
RETURN properties(s) AS source
ORDER BY s.id
LIMIT $first
