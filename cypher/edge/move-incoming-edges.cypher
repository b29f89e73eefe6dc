// @name edge/move-incoming-edges
// @mode write
// @params mergeId, keepId, at, actor
// returns id of every edge that ended at mergeId and now ends at keepId (same id, type and properties)
MATCH (keep:Entity {id: $keepId})
MATCH (other:Entity)-[r]->(merged:Entity {id: $mergeId})
CREATE (other)-[moved:$(type(r))]->(keep)
SET moved = properties(r), moved.updatedAt = $at, moved.updatedBy = $actor
DELETE r
RETURN moved.id AS id
