// @name entity/search-entities
// @mode read
// @params fulltext, exactKey, kinds, includeRestricted, first
// returns the best matches: entity (properties), degree; a name or alias whose whole key is exactKey ranks first
CALL db.index.fulltext.queryNodes('entity_search', $fulltext) YIELD node AS e, score
WHERE e:Entity
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($includeRestricted OR e.sensitivity = 'public')
WITH e, score, coalesce(e.nameKey = $exactKey OR $exactKey IN e.aliasKeys, false) AS exact
ORDER BY exact DESC, score DESC
WITH collect({e: e, score: score, exact: exact}) AS hits
// Degree only breaks ties, and counting it expands every relationship of a hit: a short prefix has thousands of hits.
// A hit ranked below the first-th by exactness and score cannot be among the first, so only those at least as good as
// that one are counted; the answer is the same as counting them all.
WITH hits, hits[$first - 1] AS cut
UNWIND hits AS hit
WITH hit, cut
WHERE cut IS NULL OR hit.exact > cut.exact OR (hit.exact = cut.exact AND hit.score >= cut.score)
WITH hit.e AS e, hit.score AS score, hit.exact AS exact
WITH e, score, exact, COUNT { (e)-[r]-(:Entity) WHERE r.status <> 'retracted' } AS degree
RETURN properties(e) AS entity, degree
ORDER BY exact DESC, score DESC, degree DESC, e.id
LIMIT $first
