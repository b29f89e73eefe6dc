// @name migration/find-unfinished-copy
// @mode read
// @params
// returns source, startedAt: the copy into this database that has not finished, if any (no row otherwise)
MATCH (m:UnfinishedCopy)
RETURN m.source AS source, m.startedAt AS startedAt
LIMIT 1
