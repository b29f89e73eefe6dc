// @name audit/last-seq
// @mode read
// @params
// returns seq: the highest audit sequence number so far, -1 when the log is empty
MATCH (a:AuditEvent)
RETURN coalesce(max(a.seq), -1) AS seq
