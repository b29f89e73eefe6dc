// @name graph/count-all
// @mode read
// @params
// returns entities, edges (not retracted), sources, citations: the graph's counts
RETURN COUNT { MATCH (:Entity) } AS entities,
  COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE r.status <> 'retracted' } AS edges,
  COUNT { MATCH (:Source) } AS sources,
  COUNT { MATCH (:Citation) } AS citations
