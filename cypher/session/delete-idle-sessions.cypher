// @name session/delete-idle-sessions
// @mode write
// @params before, batch
// returns deleted: how many sessions last seen before $before (at most $batch) were removed
MATCH (s:Session)
WHERE s.lastSeenAt < $before
WITH s
LIMIT $batch
DELETE s
RETURN count(*) AS deleted
