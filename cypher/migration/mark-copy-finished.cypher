// @name migration/mark-copy-finished
// @mode write
// @params
// returns removed: how many unfinished-copy markers were removed (1 after a copy, 0 when there was none)
MATCH (m:UnfinishedCopy)
WITH m
LIMIT 10
DETACH DELETE m
RETURN count(*) AS removed
