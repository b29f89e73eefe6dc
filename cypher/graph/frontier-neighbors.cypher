// @name graph/frontier-neighbors
// @mode read
// @params frontier, exclude, take, types, confidence, includeContested, includeRetracted, windowFrom, windowTo
// returns from, edgeId, to: up to take distinct entities (to) one filtered edge (edgeId) from a frontier entity (from), none in exclude
UNWIND $frontier AS id
MATCH (n:Entity {id: id})-[r]-(m:Entity)
WHERE NOT m.id IN $exclude
  AND ($types IS NULL OR type(r) IN $types)
  AND ($confidence IS NULL OR r.confidence IN $confidence)
  AND ($includeContested OR r.status <> 'contested')
  AND ($includeRetracted OR r.status <> 'retracted')
  AND ($windowTo IS NULL OR r.validFromLow IS NULL OR r.validFromLow <= $windowTo)
  AND ($windowFrom IS NULL OR r.validToHigh IS NULL OR r.validToHigh >= $windowFrom)
WITH DISTINCT m
LIMIT $take
CALL (m) {
  MATCH (m)-[r]-(n:Entity)
  WHERE n.id IN $frontier
  AND ($types IS NULL OR type(r) IN $types)
  AND ($confidence IS NULL OR r.confidence IN $confidence)
  AND ($includeContested OR r.status <> 'contested')
  AND ($includeRetracted OR r.status <> 'retracted')
  AND ($windowTo IS NULL OR r.validFromLow IS NULL OR r.validFromLow <= $windowTo)
  AND ($windowFrom IS NULL OR r.validToHigh IS NULL OR r.validToHigh >= $windowFrom)
  RETURN r.id AS edgeId, n.id AS fromId
  LIMIT 1
}
RETURN fromId AS from, edgeId, m.id AS to
