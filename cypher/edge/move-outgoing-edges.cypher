// @name edge/move-outgoing-edges
// @mode write
// @params mergeId, keepId, at, actor
// returns id of every edge that started at mergeId and now starts at keepId (same id, type and properties)
MATCH (keep:Entity {id: $keepId})
MATCH (merged:Entity {id: $mergeId})-[r]->(other:Entity)
CREATE (keep)-[moved:$(type(r))]->(other)
SET moved = properties(r), moved.updatedAt = $at, moved.updatedBy = $actor
DELETE r
RETURN moved.id AS id
