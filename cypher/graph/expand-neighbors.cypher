// @name graph/expand-neighbors
// @mode read
// @params frontier, visited, take, types, confidence, includeContested, includeRetracted, windowFrom, windowTo
// returns id of up to take entities one filtered edge away from the frontier and not yet visited
MATCH (n:Entity)-[r]-(m:Entity)
WHERE n.id IN $frontier
  AND NOT m.id IN $visited
  AND ($types IS NULL OR type(r) IN $types)
  AND ($confidence IS NULL OR r.confidence IN $confidence)
  AND ($includeContested OR r.status <> 'contested')
  AND ($includeRetracted OR r.status <> 'retracted')
  AND ($windowTo IS NULL OR r.validFromLow IS NULL OR r.validFromLow <= $windowTo)
  AND ($windowFrom IS NULL OR r.validToHigh IS NULL OR r.validToHigh >= $windowFrom)
WITH DISTINCT m
LIMIT $take
RETURN m.id AS id
