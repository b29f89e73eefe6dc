// @name entity/replace-entity
// @mode write
// @params id, props
// returns id of the entity whose properties were replaced by props (its kind label is unchanged); no row if absent
MATCH (e:Entity {id: $id})
SET e = $props
RETURN e.id AS id
