// @name session/touch-session
// @mode write
// @params idHash, lastSeenAt
// returns touched: 1 when the session $idHash was found and its lastSeenAt set, 0 otherwise
MATCH (s:Session {idHash: $idHash})
SET s.lastSeenAt = $lastSeenAt
RETURN count(s) AS touched
