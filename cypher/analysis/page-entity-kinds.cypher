// @name analysis/page-entity-kinds
// @mode read
// @params afterId, first
// returns id and kind of up to first entities with an id after afterId ("" for the first page), in id order
MATCH (e:Entity)
WHERE e.id > $afterId
RETURN e.id AS id, e.kind AS kind
ORDER BY e.id
LIMIT $first
