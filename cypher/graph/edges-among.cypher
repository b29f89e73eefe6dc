// @name graph/edges-among
// @mode read
// @params ids, types, confidence, includeContested, includeRetracted, windowFrom, windowTo
// returns every filtered edge with both ends in ids: edge (properties), type, from, to, citations (in order added)
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids
  AND b.id IN $ids
  AND ($types IS NULL OR type(r) IN $types)
  AND ($confidence IS NULL OR r.confidence IN $confidence)
  AND ($includeContested OR r.status <> 'contested')
  AND ($includeRetracted OR r.status <> 'retracted')
  AND ($windowTo IS NULL OR r.validFromLow IS NULL OR r.validFromLow <= $windowTo)
  AND ($windowFrom IS NULL OR r.validToHigh IS NULL OR r.validToHigh >= $windowFrom)
RETURN properties(r) AS edge, type(r) AS type, a.id AS from, b.id AS to,
  COLLECT { MATCH (x:Citation {edgeId: r.id}) RETURN properties(x) AS citation ORDER BY x.seq } AS citations
ORDER BY r.id
