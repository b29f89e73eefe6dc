// @name audit/page-events
// @mode read
// @params afterId, first
// returns up to first audit events (properties) appended after the event afterId (from the start when null), oldest first
OPTIONAL MATCH (after:AuditEvent {id: $afterId})
WITH coalesce(after.seq, -1) AS afterSeq
MATCH (a:AuditEvent)
WHERE a.seq > afterSeq
RETURN properties(a) AS event
ORDER BY a.seq
LIMIT $first
