// @name schema/create-session-account-index
// @mode write
// @params
// returns nothing; indexes Session.accountName so an account's sessions can be ended together
CREATE INDEX session_account IF NOT EXISTS FOR (s:Session) ON (s.accountName)
