// @name graph/edges-among
// @mode read
// @params ids, take, types, confidence, includeContested, includeRetracted, windowFrom, windowTo
// returns id, from, to of up to take filtered edges with both ends in ids: first those of entities with at most size(ids) outgoing edges, in the order of ids, then those of hubs
// Each entity costs min(out-degree, size(ids)) steps, as in the embedded store: an ordinary entity expands its own
// outgoing edges, a hub (more outgoing edges than the view has entities; the count is the node's stored degree) only
// has its pairs inside the view looked up, and Expand(Into) walks each pair from its end with fewer relationships.
// Entities have relationships to entities only, so `(a)-->()` counts what `(a)-->(:Entity)` would. The ids are
// distinct (a walk's visited set), so the hub branch finds each edge once.
CALL () {
  UNWIND $ids AS id
  MATCH (a:Entity {id: id})
  WHERE COUNT { (a)-->() } <= size($ids)
  MATCH (a)-[r]->(b:Entity)
  WHERE b.id IN $ids
  RETURN a, r, b
  UNION ALL
  UNWIND $ids AS id
  MATCH (a:Entity {id: id})
  WHERE COUNT { (a)-->() } > size($ids)
  UNWIND $ids AS toId
  MATCH (b:Entity {id: toId})
  MATCH (a)-[r]->(b)
  RETURN a, r, b
}
WITH a, r, b
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($confidence IS NULL OR r.confidence IN $confidence)
  AND ($includeContested OR r.status <> 'contested')
  AND ($includeRetracted OR r.status <> 'retracted')
  AND ($windowTo IS NULL OR r.validFromLow IS NULL OR r.validFromLow <= $windowTo)
  AND ($windowFrom IS NULL OR r.validToHigh IS NULL OR r.validToHigh >= $windowFrom)
RETURN r.id AS id, a.id AS from, b.id AS to
LIMIT $take
