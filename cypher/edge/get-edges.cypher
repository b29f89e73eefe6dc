// @name edge/get-edges
// @mode read
// @params ids
// returns one row per existing edge id, in the order given: edge (properties), type, from, to, citations (in order added)
UNWIND $ids AS id
CALL (id) {
  MATCH (c:Citation {edgeId: id})
  RETURN c.edgeFrom AS fromId
  LIMIT 1
}
MATCH (a:Entity {id: fromId})-[r]->(b:Entity)
WHERE r.id = id
RETURN properties(r) AS edge, type(r) AS type, a.id AS from, b.id AS to,
  COLLECT { MATCH (x:Citation {edgeId: r.id}) RETURN properties(x) AS citation ORDER BY x.seq } AS citations
