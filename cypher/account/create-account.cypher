// @name account/create-account
// @mode write
// @params props
// returns name: the name of the account created with $props
CREATE (a:Account)
SET a = $props
RETURN a.name AS name
