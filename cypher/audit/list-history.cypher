// @name audit/list-history
// @mode read
// @params targetId
// returns every audit event (properties) about targetId, oldest first
MATCH (a:AuditEvent {targetId: $targetId})
RETURN properties(a) AS event
ORDER BY a.seq
