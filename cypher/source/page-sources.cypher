// @name source/page-sources
// @mode read
// @params afterId, first
// returns up to first sources (properties) with an id after afterId ("" for the first page), in id order
MATCH (s:Source)
WHERE s.id > $afterId
RETURN properties(s) AS source
ORDER BY s.id
LIMIT $first
