// @name account/get-account
// @mode read
// @params name
// returns account: the properties of the account named $name (no row when there is none)
MATCH (a:Account {name: $name})
RETURN properties(a) AS account
