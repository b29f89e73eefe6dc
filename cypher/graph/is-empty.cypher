// @name graph/is-empty
// @mode read
// @params
// returns empty: true when the graph holds no entity and no source
RETURN NOT EXISTS { MATCH (:Entity) } AND NOT EXISTS { MATCH (:Source) } AS empty
