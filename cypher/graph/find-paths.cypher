// @name graph/find-paths
// @mode read
// @params from, to, maxHops, first, types, confidence, includeContested, includeRetracted, windowFrom, windowTo
// returns nodeIds of up to first distinct simple paths of at most maxHops filtered edges (either direction), shortest first
MATCH p = SHORTEST 20 (
  (a:Entity {id: $from})
  (()-[r]-(x:Entity)
    WHERE ($types IS NULL OR type(r) IN $types)
      AND ($confidence IS NULL OR r.confidence IN $confidence)
      AND ($includeContested OR r.status <> 'contested')
      AND ($includeRetracted OR r.status <> 'retracted')
      AND ($windowTo IS NULL OR r.validFromLow IS NULL OR r.validFromLow <= $windowTo)
      AND ($windowFrom IS NULL OR r.validToHigh IS NULL OR r.validToHigh >= $windowFrom)
  ){1,6}
  (b:Entity {id: $to})
  WHERE size(r) <= $maxHops
    AND NOT a IN x
    AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..])
)
WITH DISTINCT [n IN nodes(p) | n.id] AS nodeIds
ORDER BY size(nodeIds)
LIMIT $first
RETURN nodeIds
