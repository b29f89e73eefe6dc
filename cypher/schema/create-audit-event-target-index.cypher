// @name schema/create-audit-event-target-index
// @mode write
// @params
// returns nothing; indexes AuditEvent.targetId for history lookups
CREATE INDEX audit_event_target_id IF NOT EXISTS FOR (a:AuditEvent) ON (a.targetId)
