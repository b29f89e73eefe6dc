// @name account/count-accounts
// @mode read
// @params
// returns n: how many accounts exist
MATCH (a:Account)
RETURN count(a) AS n
