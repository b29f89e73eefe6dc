// @name analysis/page-edge-ends
// @mode read
// @params afterId, first
// returns id and targets (ends of its outgoing non-retracted relationships) of up to first entities after afterId ("" for the first page)
MATCH (a:Entity)
WHERE a.id > $afterId
WITH a
ORDER BY a.id
LIMIT $first
RETURN a.id AS id, COLLECT { MATCH (a)-[r]->(b:Entity) WHERE r.status <> 'retracted' RETURN b.id } AS targets
