// @name bulk/create-edges
// @mode write
// @params rows
// returns created: how many relationships of type row.type were created between existing entities row.from, row.to
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created
