// @name session/create-session
// @mode write
// @params props
// returns idHash: the session created with $props
CREATE (s:Session)
SET s = $props
RETURN s.idHash AS idHash
