// @name bulk/create-sources
// @mode write
// @params rows
// returns created: how many sources were created, each with a row's properties
UNWIND $rows AS row
CREATE (s:Source)
SET s = row
RETURN count(s) AS created
