// @name session/delete-account-sessions
// @mode write
// @params accountName, batch
// returns deleted: how many of the sessions of $accountName (at most $batch) were removed
MATCH (s:Session {accountName: $accountName})
WITH s
LIMIT $batch
DELETE s
RETURN count(*) AS deleted
