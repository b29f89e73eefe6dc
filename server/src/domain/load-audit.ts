// A bulk load (the seed, an import) gives every record it writes its own audit event, so the history of each record
// starts with where it came from. Both stores append exactly these events inside the load.
import { sequentialAuditIds } from './ids.ts';
import type { AuditEvent } from './types.ts';
import { AUDIT_ACTIONS } from './write-rules.ts';

/** What a bulk load is recorded as: the audit action and, when it came from a file, the file's name. */
export interface LoadOrigin {
  action: string;
  file: string | null;
}

export const BULK_LOAD_ORIGIN: LoadOrigin = { action: AUDIT_ACTIONS.bulkLoad, file: null };

/** The origin of the seed: its file name only, so no local path reaches the audit log. */
export function seedOrigin(fileName: string): LoadOrigin {
  return { action: AUDIT_ACTIONS.seedImport, file: fileName };
}

interface LoadedIds {
  sources: readonly { id: string }[];
  entities: readonly { id: string }[];
  edges: readonly { id: string }[];
}

/**
 * One event per source, entity and relationship, in that order. The snapshot names the file and the bundle rather
 * than repeating the record: a load of a million rows should not store every row twice.
 */
export function loadAuditEvents(records: LoadedIds, bundleName: string | null, origin: LoadOrigin, actor: string, at: string): AuditEvent[] {
  const nextId = sequentialAuditIds(Date.parse(at));
  const after = { file: origin.file, bundle: bundleName };
  return [...records.sources, ...records.entities, ...records.edges].map((record) => ({
    id: nextId(),
    at,
    actor,
    action: origin.action,
    targetId: record.id,
    before: null,
    after,
  }));
}
