// @name bulk/create-citations
// @mode write
// @params rows
// returns created: how many citations were created, each linked to its existing source row.sourceId
UNWIND $rows AS row
MATCH (s:Source {id: row.sourceId})
CREATE (c:Citation)-[:OF_SOURCE]->(s)
SET c = row
RETURN count(c) AS created
