// @name graph/hop-edges
// @mode read
// @params pairs, types, confidence, includeContested, includeRetracted, windowFrom, windowTo
// returns from, to, edgeId: for each pair [from, to] of existing entities, the filtered edge with the smallest id joining them either way (null if none)
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair[0]})
MATCH (b:Entity {id: pair[1]})
OPTIONAL CALL (a, b) {
  MATCH (a)-[r]-(b)
  WHERE true
  AND ($types IS NULL OR type(r) IN $types)
  AND ($confidence IS NULL OR r.confidence IN $confidence)
  AND ($includeContested OR r.status <> 'contested')
  AND ($includeRetracted OR r.status <> 'retracted')
  AND ($windowTo IS NULL OR r.validFromLow IS NULL OR r.validFromLow <= $windowTo)
  AND ($windowFrom IS NULL OR r.validToHigh IS NULL OR r.validToHigh >= $windowFrom)
  RETURN r.id AS edgeId
  ORDER BY edgeId
  LIMIT 1
}
RETURN a.id AS from, b.id AS to, edgeId
