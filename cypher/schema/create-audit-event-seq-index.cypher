// @name schema/create-audit-event-seq-index
// @mode write
// @params
// returns nothing; indexes AuditEvent.seq, the append order used for paging the whole log
CREATE INDEX audit_event_seq IF NOT EXISTS FOR (a:AuditEvent) ON (a.seq)
