// @name schema/create-session-last-seen-index
// @mode write
// @params
// returns nothing; indexes Session.lastSeenAt so idle sessions are found by range
CREATE INDEX session_last_seen IF NOT EXISTS FOR (s:Session) ON (s.lastSeenAt)
