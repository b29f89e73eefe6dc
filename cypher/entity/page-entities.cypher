// @name entity/page-entities
// @mode read
// @params afterId, first
// returns up to first entities (properties) with an id after afterId ("" for the first page), in id order
MATCH (e:Entity)
WHERE e.id > $afterId
RETURN properties(e) AS entity
ORDER BY e.id
LIMIT $first
