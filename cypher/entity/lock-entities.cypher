// @name entity/lock-entities
// @mode write
// @params ids
// returns id, kind of each existing entity in ids, now write-locked by this transaction until it ends (no property changes)
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e._lock = true
REMOVE e._lock
RETURN e.id AS id, e.kind AS kind
