// @name session/delete-session
// @mode write
// @params idHash
// returns deleted: 1 when the session $idHash existed and was removed, 0 otherwise
MATCH (s:Session {idHash: $idHash})
DELETE s
RETURN count(*) AS deleted
