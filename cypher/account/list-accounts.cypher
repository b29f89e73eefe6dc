// @name account/list-accounts
// @mode read
// @params first
// returns account: the properties of at most $first accounts, by name
MATCH (a:Account)
RETURN properties(a) AS account
ORDER BY a.name
LIMIT $first
