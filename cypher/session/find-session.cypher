// @name session/find-session
// @mode read
// @params idHash
// returns session and account: the properties of the session $idHash and of its account (no row when none)
MATCH (s:Session {idHash: $idHash})
MATCH (a:Account {name: s.accountName})
RETURN properties(s) AS session, properties(a) AS account
LIMIT 1
