// @name source/list-sources
// @mode read
// @params query, first
// returns up to first sources (properties) whose lower-cased title, publisher or author contains query (all when null)
MATCH (s:Source)
WHERE $query IS NULL
  OR toLower(s.title) CONTAINS $query
  OR toLower(s.publisher) CONTAINS $query
  OR toLower(s.author) CONTAINS $query
RETURN properties(s) AS source
ORDER BY toLower(s.title), s.id
LIMIT $first
