import type { AuditEventResolvers } from '../generated/resolvers-types.ts';

// Snapshots are free-form records; the API hands them over as JSON text rather than inventing a type per target.
function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

export const AuditEvent: AuditEventResolvers = {
  beforeJson: (event) => json(event.before),
  afterJson: (event) => json(event.after),
};
