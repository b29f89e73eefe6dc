import type { AuditEvent as AuditEventRecord } from '../../domain/types.ts';

// Snapshots are free-form records; the API hands them over as JSON text rather than inventing a type per target.
function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

export const AuditEvent = {
  beforeJson: (event: AuditEventRecord) => json(event.before),
  afterJson: (event: AuditEventRecord) => json(event.after),
};
