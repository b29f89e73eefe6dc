// @name bulk/create-audit-events
// @mode write
// @params rows
// returns created: how many audit events were appended, each with a row's properties
UNWIND $rows AS row
CREATE (a:AuditEvent)
SET a = row
RETURN count(a) AS created
