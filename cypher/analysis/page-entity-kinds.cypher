// @name analysis/page-entity-kinds
// @mode read
// @params afterId, first
// returns id and kind of up to first entities with an id after afterId, in id order
MATCH (e:Entity)
WHERE $afterId IS NULL OR e.id > $afterId
RETURN e.id AS id, e.kind AS kind
ORDER BY e.id
LIMIT $first
