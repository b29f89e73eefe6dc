// @name correction/similar-entities
// @mode read
// @params fulltext, kinds, includeRestricted, first
// returns id of at most first entities whose search keys are within a few edits of the query terms, best first
CALL db.index.fulltext.queryNodes('entity_search', $fulltext) YIELD node AS e, score
WHERE e:Entity
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($includeRestricted OR e.sensitivity = 'public')
RETURN e.id AS id
ORDER BY score DESC, e.id
LIMIT $first
