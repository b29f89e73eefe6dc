// @name graph/existing-entities
// @mode read
// @params ids
// returns id of each entity of ids that exists, in the order given
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id
