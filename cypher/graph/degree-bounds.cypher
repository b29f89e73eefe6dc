// @name graph/degree-bounds
// @mode read
// @params ids
// returns id, degree: for each existing entity of ids, how many relationships it has (from the store's counts: an upper bound of any filtered count)
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, COUNT { (n)--() } AS degree
