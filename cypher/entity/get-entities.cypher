// @name entity/get-entities
// @mode read
// @params ids
// returns one row per existing id, in the order given: entity (properties), degree (non-retracted edges)
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN properties(e) AS entity,
  COUNT { (e)-[r]-(:Entity) WHERE r.status <> 'retracted' } AS degree
