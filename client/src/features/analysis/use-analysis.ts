// The analysis of the canvas in one hook: the settings (a plain object a saved map can keep), what they leave
// visible, the worker's metrics and communities over exactly that, and the styling the canvas applies.
import { useMemo, useReducer } from 'react';
import type { CacheSnapshot } from '../../api/cache.ts';
import type { CachedEdge } from '../../api/types.ts';
import type { AnalysisResult } from './analysis-protocol.ts';
import { analysisReducer, DEFAULT_ANALYSIS_VIEW, type AnalysisAction, type AnalysisView } from './analysis-view.ts';
import { styleOverlay, visibleGraph, type StyleOverlay, type VisibleGraph } from './canvas-overlay.ts';
import { useAnalysisWorker } from './use-analysis-worker.ts';

export interface CanvasAnalysis {
  view: AnalysisView;
  dispatch(action: AnalysisAction): void;
  /** The canvas before analysis: after the filters panel and hiding. */
  base: { nodes: string[]; edges: CachedEdge[] };
  graph: VisibleGraph;
  result: AnalysisResult | null;
  style: StyleOverlay;
  /** Entities drawn faded: left without a visible relationship, or outside the selected community. */
  dimmed: string[];
}

export function useAnalysis(nodeIds: readonly string[], notShown: readonly string[], cache: CacheSnapshot): CanvasAnalysis {
  const [view, dispatch] = useReducer(analysisReducer, DEFAULT_ANALYSIS_VIEW);
  const base = useMemo(() => {
    const out = new Set(notShown);
    const nodes = nodeIds.filter((id) => cache.entities.has(id) && !out.has(id));
    const onCanvas = new Set(nodes);
    const edges = [...cache.edges.values()].filter((e) => onCanvas.has(e.from) && onCanvas.has(e.to) && !out.has(e.id));
    return { nodes, edges };
  }, [nodeIds, notShown, cache]);
  const graph = useMemo(() => visibleGraph(base.nodes, base.edges, view), [base, view]);
  const result = useAnalysisWorker(graph.nodes, graph.edges);
  const style = useMemo(() => styleOverlay(graph, result, view), [graph, result, view]);
  const dimmed = useMemo(() => [...new Set([...graph.stranded, ...style.outside])], [graph, style]);
  return { view, dispatch, base, graph, result, style, dimmed };
}
