// @name account/get-account-by-token
// @mode read
// @params tokenHash
// returns account: the properties of the account whose API token hashes to $tokenHash (no row when none)
MATCH (a:Account {tokenHash: $tokenHash})
RETURN properties(a) AS account
LIMIT 1
