// @name graph/neighbor-lists
// @mode read
// @params ids, take, types, confidence, includeContested, includeRetracted, windowFrom, windowTo
// returns id, neighbors: for each existing entity of ids, the ids at the far end of up to take of its filtered edges
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE true
  AND ($types IS NULL OR type(r) IN $types)
  AND ($confidence IS NULL OR r.confidence IN $confidence)
  AND ($includeContested OR r.status <> 'contested')
  AND ($includeRetracted OR r.status <> 'retracted')
  AND ($windowTo IS NULL OR r.validFromLow IS NULL OR r.validFromLow <= $windowTo)
  AND ($windowFrom IS NULL OR r.validToHigh IS NULL OR r.validToHigh >= $windowFrom)
  RETURN m.id AS other
  LIMIT $take
}
RETURN n.id AS id, collect(other) AS neighbors
