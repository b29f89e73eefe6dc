// @name correction/edges-among
// @mode read
// @params ids, limit
// returns at most limit relationships (retracted too) with both ends in ids, in id order: edge, type, from, to, citations
MATCH (a:Entity)
WHERE a.id IN $ids
MATCH (a)-[r]->(b:Entity)
WHERE b.id IN $ids
WITH a, r, b
ORDER BY r.id
LIMIT $limit
RETURN properties(r) AS edge, type(r) AS type, a.id AS from, b.id AS to,
  COLLECT { MATCH (x:Citation {edgeId: r.id}) RETURN properties(x) AS citation ORDER BY x.seq } AS citations
