// @name source/get-sources
// @mode read
// @params ids
// returns one row per existing source id, in the order given: source (properties)
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN properties(s) AS source
