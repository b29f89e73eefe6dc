// @name account/set-account
// @mode write
// @params name, props
// returns name: the account named $name after $props were set on it (a null value removes the property)
MATCH (a:Account {name: $name})
SET a += $props
RETURN a.name AS name
