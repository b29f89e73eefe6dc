// Pure translation from cached API data to Cytoscape element definitions. An edge is drawn when both of its ends are
// on the canvas; filters and hiding are applied separately as classes so positions survive a filter change.
import type { ElementDefinition } from 'cytoscape';
import type { ApiEdge, ApiEntity, CachedEdge } from '../api/types.ts';

export const REDACTED_LABEL = 'Restricted entity';

export function entityLabel(entity: Pick<ApiEntity, 'name' | 'redacted'>): string {
  return entity.redacted || entity.name.trim() === '' ? REDACTED_LABEL : entity.name;
}

export function nodeClasses(entity: ApiEntity): string {
  const classes = [`kind-${entity.kind}`];
  if (entity.sensitivity === 'RESTRICTED' || entity.redacted) classes.push('restricted');
  if (entity.redacted) classes.push('redacted');
  return classes.join(' ');
}

export function edgeLabel(edge: Pick<ApiEdge, 'type' | 'status'>, typeLabels: ReadonlyMap<string, string>): string {
  const label = typeLabels.get(edge.type) ?? edge.type.toLowerCase().replaceAll('_', ' ');
  if (edge.status === 'RETRACTED') return `${label} (retracted)`;
  if (edge.status === 'CONTESTED') return `${label} (contested)`;
  return label;
}

export function toNodeElement(entity: ApiEntity): ElementDefinition {
  return { group: 'nodes', data: { id: entity.id, label: entityLabel(entity), kind: entity.kind }, classes: nodeClasses(entity) };
}

export function toEdgeElement(edge: CachedEdge, typeLabels: ReadonlyMap<string, string>): ElementDefinition {
  return {
    group: 'edges',
    data: { id: edge.id, source: edge.from, target: edge.to, label: edgeLabel(edge, typeLabels), type: edge.type },
    classes: `confidence-${edge.confidence} status-${edge.status}`,
  };
}

/** Elements for the nodes on the canvas (in order) and every cached edge between two of them. */
export function toElements(
  nodeIds: readonly string[],
  entities: ReadonlyMap<string, ApiEntity>,
  edges: ReadonlyMap<string, CachedEdge>,
  typeLabels: ReadonlyMap<string, string>,
): ElementDefinition[] {
  const onCanvas = new Set<string>();
  const out: ElementDefinition[] = [];
  for (const id of nodeIds) {
    const entity = entities.get(id);
    if (!entity || onCanvas.has(id)) continue;
    onCanvas.add(id);
    out.push(toNodeElement(entity));
  }
  for (const edge of edges.values()) {
    if (onCanvas.has(edge.from) && onCanvas.has(edge.to)) out.push(toEdgeElement(edge, typeLabels));
  }
  return out;
}

/** Edges drawn for the given canvas nodes. */
export function edgesBetween(nodeIds: Iterable<string>, edges: ReadonlyMap<string, CachedEdge>): CachedEdge[] {
  const onCanvas = new Set(nodeIds);
  return [...edges.values()].filter((e) => onCanvas.has(e.from) && onCanvas.has(e.to));
}
