// @name entity/delete-entity
// @mode write
// @params id
// returns deleted: 1 when the entity existed (with any edges left on it) and is now gone, else 0
OPTIONAL MATCH (e:Entity {id: $id})
DETACH DELETE e
RETURN count(e) AS deleted
