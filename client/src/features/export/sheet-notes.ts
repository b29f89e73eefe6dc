// A sheet's map notes: each note the diagram shows, numbered as on the canvas, listed with what it is pinned to, and
// its number added to the label of that entity or relationship. The notes and names come from the server as the
// export's audience reads them, so a note the server blanked stays blank on the sheet.
import type { ApiEdge, ApiEntity } from '../../api/types.ts';
import { edgeLabel, entityLabel } from '../../graph/to-elements.ts';
import type { MapAnnotation } from '../maps/maps-api.ts';
import { noteMarker, noteNumbersByTarget, numberNotes } from '../maps/map-notes.ts';
import type { SheetNote } from './sheet-layout.ts';

export function sheetNotes(
  annotations: readonly Pick<MapAnnotation, 'text' | 'target' | 'targetId'>[],
  view: { nodes: readonly ApiEntity[]; edges: readonly ApiEdge[] },
  labels: ReadonlyMap<string, string>,
  typeLabels: ReadonlyMap<string, string>,
): { labels: Map<string, string>; notes: SheetNote[] } {
  const nodes = new Map(view.nodes.map((n) => [n.id, n]));
  const edges = new Map(view.edges.map((e) => [e.id, e]));
  const nameOf = (id: string) => {
    const node = nodes.get(id);
    return labels.get(id) ?? (node ? entityLabel(node) : id);
  };
  const numbered = numberNotes(annotations, new Set([...nodes.keys(), ...edges.keys()]));
  const out = new Map(labels);
  for (const [id, numbers] of noteNumbersByTarget(numbered)) {
    const edge = edges.get(id);
    const base = labels.get(id) ?? (edge ? edgeLabel(edge, typeLabels) : nameOf(id));
    out.set(id, `${base} · ${noteMarker(numbers)}`);
  }
  const on = (targetId: string | null): string => {
    if (targetId === null) return 'On the map';
    const edge = edges.get(targetId);
    return edge ? `${nameOf(edge.from)} – ${edgeLabel(edge, typeLabels)} – ${nameOf(edge.to)}` : nameOf(targetId);
  };
  return { labels: out, notes: numbered.map((n) => ({ number: n.number, on: on(n.targetId), text: n.text })) };
}
