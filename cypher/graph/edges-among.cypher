// @name graph/edges-among
// @mode read
// @params ids, take, types, confidence, includeContested, includeRetracted, windowFrom, windowTo
// returns id, from, to of up to take filtered edges with both ends in ids, those starting at earlier ids first
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids
  AND ($types IS NULL OR type(r) IN $types)
  AND ($confidence IS NULL OR r.confidence IN $confidence)
  AND ($includeContested OR r.status <> 'contested')
  AND ($includeRetracted OR r.status <> 'retracted')
  AND ($windowTo IS NULL OR r.validFromLow IS NULL OR r.validFromLow <= $windowTo)
  AND ($windowFrom IS NULL OR r.validToHigh IS NULL OR r.validToHigh >= $windowFrom)
RETURN r.id AS id, a.id AS from, b.id AS to
LIMIT $take
