// @name schema/create-audit-event-id-constraint
// @mode write
// @params
// returns nothing; makes AuditEvent.id unique (and indexed) once
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (a:AuditEvent) REQUIRE a.id IS UNIQUE
