// What a sheet says about the diagram it carries: which kinds and edge styles are drawn (so the legend shows exactly
// those), a note of the filters in force, and the source numbers each relationship's label carries.
import type { ApiEdge, ApiEntity } from '../../api/types.ts';
import { edgeLabel } from '../../graph/to-elements.ts';
import { CONFIDENCE_NAMES, ENTITY_KIND_NAMES } from '../../api/types.ts';
import { KIND_STYLES } from '../../graph/visual-vocabulary.ts';
import type { Filters } from '../../state/filters.ts';
import type { Bibliography } from './bibliography.ts';

export interface SheetContent {
  title: string;
  caption: string | null;
  /** The export's date and audience, e.g. "Exported 2026-12-01 · redacted for publication". */
  dateLine: string;
  filterNote: string;
  kinds: ReadonlySet<string>;
  restricted: boolean;
  edgeStyles: ReadonlySet<string>;
}

/** The legend key of an edge's drawn style: its status when contested or retracted, else its confidence. */
export function edgeStyleKey(edge: Pick<ApiEdge, 'status' | 'confidence'>): string {
  return edge.status === 'CONTESTED' || edge.status === 'RETRACTED' ? edge.status : edge.confidence;
}

export function shownStyles(nodes: readonly ApiEntity[], edges: readonly ApiEdge[]): Pick<SheetContent, 'kinds' | 'restricted' | 'edgeStyles'> {
  return {
    kinds: new Set(nodes.map((n) => n.kind)),
    restricted: nodes.some((n) => n.sensitivity === 'RESTRICTED' || n.redacted),
    edgeStyles: new Set(edges.map(edgeStyleKey)),
  };
}

const kindLabel = (kind: string) => KIND_STYLES.find((k) => k.kind === kind)?.label ?? kind;
const lower = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();

/** One line on the filters in force, naming only what differs from showing everything. */
export function describeFilters(f: Filters, typeLabels: ReadonlyMap<string, string>, hiddenCount: number): string {
  const parts: string[] = [];
  if (f.kinds.length !== ENTITY_KIND_NAMES.length) parts.push(`kinds: ${f.kinds.map(kindLabel).join(', ') || 'none'}`);
  if (f.types !== null) parts.push(`relationship types: ${f.types.map((t) => typeLabels.get(t) ?? t).join(', ') || 'none'}`);
  if (f.confidence.length !== CONFIDENCE_NAMES.length) parts.push(`confidence: ${f.confidence.map(lower).join(', ') || 'none'}`);
  if (!f.includeContested) parts.push('contested relationships left out');
  parts.push(f.includeRetracted ? 'retracted relationships shown' : 'retracted relationships left out');
  if (f.fromYear !== null || f.toYear !== null) parts.push(`dates ${f.fromYear ?? '…'}–${f.toYear ?? '…'}`);
  if (hiddenCount > 0) parts.push(`${hiddenCount} ${hiddenCount === 1 ? 'entity' : 'entities'} hidden by hand`);
  return `Filters: ${parts.join('; ')}.`;
}

/** Each shown relationship's label with the numbers of the sources it cites, e.g. "funded [1, 3]". */
export function labelsWithSources(edges: readonly ApiEdge[], bibliography: Bibliography, typeLabels: ReadonlyMap<string, string>): Map<string, string> {
  return new Map(
    edges.map((e) => {
      const refs = bibliography.refsByEdge.get(e.id) ?? [];
      const base = edgeLabel(e, typeLabels);
      return [e.id, refs.length ? `${base} [${refs.join(', ')}]` : base];
    }),
  );
}
