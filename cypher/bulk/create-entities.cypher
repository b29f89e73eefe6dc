// @name bulk/create-entities
// @mode write
// @params rows
// returns created: how many entities were created, each from row.props with the kind label row.label
UNWIND $rows AS row
CREATE (e:Entity)
SET e = row.props, e:$(row.label)
RETURN count(e) AS created
