// @name schema/create-account-token-index
// @mode write
// @params
// returns nothing; indexes Account.tokenHash so a Bearer token is one index lookup
CREATE INDEX account_token IF NOT EXISTS FOR (a:Account) ON (a.tokenHash)
