// The one visibility rule every read passes through. Roles and sign-in come later; they change `viewerFor`, not the
// read paths. Restricted entities and sources are redacted for any viewer who may not see them.
import type { AuditEvent, Entity, Path, Source, Subgraph } from './types.ts';

export interface Viewer {
  /** Who is asking, as recorded in audit events. */
  id: string;
  canSeeRestricted: boolean;
}

/** The local user of a single-user install sees everything. */
export const LOCAL_VIEWER: Viewer = { id: 'local', canSeeRestricted: true };
/** A viewer with no right to restricted material: what a published export or a future reader role gets. */
export const PUBLIC_VIEWER: Viewer = { id: 'public', canSeeRestricted: false };

export const REDACTED_NAME = '[restricted]';

export function canSee(viewer: Viewer, item: { sensitivity: string }): boolean {
  return item.sensitivity !== 'restricted' || viewer.canSeeRestricted;
}

export function redactEntity(viewer: Viewer, entity: Entity): Entity {
  if (canSee(viewer, entity)) return entity;
  return {
    ...entity,
    name: REDACTED_NAME,
    aliases: [],
    description: null,
    startDate: null,
    endDate: null,
    createdBy: REDACTED_NAME,
    updatedBy: REDACTED_NAME,
    redacted: true,
  };
}

export function redactSource(viewer: Viewer, source: Source): Source {
  if (canSee(viewer, source)) return source;
  return {
    ...source,
    title: REDACTED_NAME,
    author: null,
    publisher: null,
    url: null,
    createdBy: REDACTED_NAME,
    redacted: true,
  };
}

export function redactSubgraph(viewer: Viewer, graph: Subgraph): Subgraph {
  return { ...graph, nodes: graph.nodes.map((n) => redactEntity(viewer, n)) };
}

export function redactPath(viewer: Viewer, path: Path): Path {
  return { ...path, nodes: path.nodes.map((n) => redactEntity(viewer, n)) };
}

/** Audit snapshots of a restricted target would repeat what redaction hides, so a viewer without rights sees none. */
export function redactAuditEvent(viewer: Viewer, event: AuditEvent, targetRestricted: boolean): AuditEvent {
  if (!targetRestricted || viewer.canSeeRestricted) return event;
  return { ...event, before: null, after: null };
}
