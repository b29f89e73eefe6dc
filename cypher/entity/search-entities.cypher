// @name entity/search-entities
// @mode read
// @params fulltext, exactKey, kinds, includeRestricted, first
// returns the best matches: entity (properties), degree; a name or alias whose whole key is exactKey ranks first
CALL db.index.fulltext.queryNodes('entity_search', $fulltext) YIELD node AS e, score
WHERE e:Entity
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($includeRestricted OR e.sensitivity = 'public')
WITH e, score, (e.nameKey = $exactKey OR $exactKey IN e.aliasKeys) AS exact,
  COUNT { (e)-[r]-(:Entity) WHERE r.status <> 'retracted' } AS degree
RETURN properties(e) AS entity, degree
ORDER BY exact DESC, score DESC, degree DESC, e.id
LIMIT $first
