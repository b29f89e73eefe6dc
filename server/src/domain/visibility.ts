// The one visibility rule every read passes through. The viewer is derived per request (graphql/context.ts) from
// the session or token; restricted entities and sources are redacted for any viewer who may not see them.
import type { Role } from './accounts.ts';
import { blankEdgeText, blankEntity, blankSource, isRestricted, type HiddenIds } from './shared/redaction.ts';
import type { AuditEvent, EdgeSummary, Entity, Path, Source } from './types.ts';

export interface Viewer {
  /** Who is asking, as recorded in audit events: the account name in team mode. */
  id: string;
  role: Role;
  canSeeRestricted: boolean;
  /** The signed-in account (what `me` answers), or null for the local user of a single-user install. */
  account: { name: string; role: Role; restrictedAccess: boolean } | null;
}

/** The local user of a single-user install sees everything and has every right. */
export const LOCAL_VIEWER: Viewer = { id: 'local', role: 'admin', canSeeRestricted: true, account: null };
/** A reader with no right to restricted material: what a published export or "Preview as public" gets. */
export const PUBLIC_VIEWER: Viewer = { id: 'public', role: 'viewer', canSeeRestricted: false, account: null };

/** The same viewer without restricted access: any account may ask to read as less than it is, never as more. */
export function withoutRestrictedAccess(viewer: Viewer): Viewer {
  return viewer.canSeeRestricted ? { ...viewer, canSeeRestricted: false } : viewer;
}

export { REDACTED_NAME, type HiddenIds } from './shared/redaction.ts';

export function canSee(viewer: Viewer, item: { sensitivity: string }): boolean {
  return !isRestricted(item) || viewer.canSeeRestricted;
}

export function redactEntity(viewer: Viewer, entity: Entity): Entity {
  return canSee(viewer, entity) ? entity : blankEntity(entity);
}

export function redactSource(viewer: Viewer, source: Source): Source {
  return canSee(viewer, source) ? source : blankSource(source);
}

export function redactEdge<E extends EdgeSummary>(viewer: Viewer, edge: E, hidden: HiddenIds): E {
  return viewer.canSeeRestricted ? edge : blankEdgeText(edge, hidden);
}

/** The entities and sources among these that the viewer may not see. */
export function hiddenFrom(viewer: Viewer, entities: Entity[], sources: Source[]): HiddenIds {
  const hiddenIdsOf = (items: (Entity | Source)[]) => new Set(items.filter((i) => !canSee(viewer, i)).map((i) => i.id));
  return { entities: hiddenIdsOf(entities), sources: hiddenIdsOf(sources) };
}

/** A subgraph, full (`Subgraph`) or as the canvas draws it (`CanvasGraph`). */
export function redactSubgraph<E extends EdgeSummary>(
  viewer: Viewer,
  graph: { nodes: Entity[]; edges: E[]; truncated: boolean },
  hidden: HiddenIds,
): { nodes: Entity[]; edges: E[]; truncated: boolean } {
  return {
    ...graph,
    nodes: graph.nodes.map((n) => redactEntity(viewer, n)),
    edges: graph.edges.map((e) => redactEdge(viewer, e, hidden)),
  };
}

export function redactPath(viewer: Viewer, path: Path, hidden: HiddenIds): Path {
  return {
    nodes: path.nodes.map((n) => redactEntity(viewer, n)),
    edges: path.edges.map((e) => redactEdge(viewer, e, hidden)),
  };
}

/** Audit snapshots of a restricted target would repeat what redaction hides, so a viewer without rights sees none. */
export function redactAuditEvent(viewer: Viewer, event: AuditEvent, targetRestricted: boolean): AuditEvent {
  if (!targetRestricted || viewer.canSeeRestricted) return event;
  return { ...event, before: null, after: null };
}
