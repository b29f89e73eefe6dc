// From what the canvas holds and the analysis settings to what it shows: which relationships and entities the
// evidence filters, the timeline window and the focus leave visible, which are dimmed, and each node's size and
// colour and each line's width. Pure, so the rules are tested without a browser.
import type { CachedEdge, EntityKindName } from '../../api/types.ts';
import type { AnalysisResult, MetricKey } from './analysis-protocol.ts';
import type { AnalysisView } from './analysis-view.ts';
import { evidenceFilterActive, evidencePasses, independentSources, widthForSources } from './evidence.ts';
import { withinSteps } from './focus.ts';
import { timelineActive, timelinePasses } from './timeline.ts';

export interface VisibleGraph {
  nodes: string[];
  edges: CachedEdge[];
  /** Entities and relationships the analysis settings hide. */
  hidden: string[];
  /** Relationships hidden by the evidence filters or the timeline. */
  hiddenEdges: number;
  /** Entities left without a visible relationship by those filters: kept on the canvas, dimmed. */
  stranded: string[];
}

/** `nodes` and `edges` are what the canvas shows before analysis: after the filters panel and hiding. */
export function visibleGraph(nodes: readonly string[], edges: readonly CachedEdge[], view: AnalysisView): VisibleGraph {
  const hidden: string[] = [];
  const kept: CachedEdge[] = [];
  for (const e of edges) {
    if (evidencePasses(e, view.evidence) && timelinePasses(e, view.timeline)) kept.push(e);
    else hidden.push(e.id);
  }
  const hiddenEdges = hidden.length;
  let shown = [...nodes];
  let shownEdges = kept;
  if (view.focusSteps !== null && view.picked.length > 0) {
    const near = withinSteps(view.picked.filter((id) => nodes.includes(id)), kept, view.focusSteps);
    shown = nodes.filter((id) => near.has(id));
    for (const id of nodes) if (!near.has(id)) hidden.push(id);
    shownEdges = kept.filter((e) => near.has(e.from) && near.has(e.to));
  }
  let stranded: string[] = [];
  if (evidenceFilterActive(view.evidence) || timelineActive(view.timeline)) {
    const touched = new Set(shownEdges.flatMap((e) => [e.from, e.to]));
    stranded = shown.filter((id) => !touched.has(id));
  }
  return { nodes: shown, edges: shownEdges, hidden, hiddenEdges, stranded };
}

export const METRIC_COLORS = ['#bfdbfe', '#60a5fa', '#2563eb', '#1e40af', '#172554'] as const;
export const COMMUNITY_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'] as const;
/** Communities past the palette share one colour. */
export const OTHER_COMMUNITY_COLOR = '#d4d4d8';
export const SIZE_RANGE = { min: 22, max: 70 } as const;

export const communityColor = (index: number) => COMMUNITY_COLORS[index] ?? OTHER_COMMUNITY_COLOR;

export interface MetricRange {
  min: number;
  max: number;
}

export function rangeOf(scores: Float64Array): MetricRange {
  let min = Infinity;
  let max = -Infinity;
  for (const s of scores) {
    min = Math.min(min, s);
    max = Math.max(max, s);
  }
  return Number.isFinite(min) ? { min, max } : { min: 0, max: 0 };
}

/** 0 to 1 within the range; everything is in the middle when all scores are equal. */
const scaled = (score: number, r: MetricRange) => (r.max > r.min ? (score - r.min) / (r.max - r.min) : 0.5);

export function colorBin(score: number, r: MetricRange): number {
  return Math.min(METRIC_COLORS.length - 1, Math.floor(scaled(score, r) * METRIC_COLORS.length));
}

export interface StyleOverlay {
  /** Per element: `analysisSize`, `analysisColor` (nodes), `evidenceWidth` (edges). */
  data: Map<string, Record<string, number | string>>;
  /** Nodes outside the selected community. */
  outside: string[];
}

export function styleOverlay(graph: VisibleGraph, result: AnalysisResult | null, view: AnalysisView): StyleOverlay {
  const data = new Map<string, Record<string, number | string>>();
  const set = (id: string, key: string, value: number | string) => data.set(id, { ...data.get(id), [key]: value });
  if (view.evidence.widthBySources) for (const e of graph.edges) set(e.id, 'evidenceWidth', widthForSources(independentSources(e)));
  const outside: string[] = [];
  if (!result) return { data, outside };
  const index = new Map(result.nodes.map((id, i) => [id, i]));
  const scoreOf = (metric: MetricKey) => {
    const scores = result.scores[metric];
    const range = rangeOf(scores);
    return (id: string) => {
      const i = index.get(id);
      return i === undefined ? null : { score: scores[i]!, range };
    };
  };
  if (view.sizeBy) {
    const score = scoreOf(view.sizeBy);
    for (const id of graph.nodes) {
      const s = score(id);
      if (s) set(id, 'analysisSize', Math.round(SIZE_RANGE.min + (SIZE_RANGE.max - SIZE_RANGE.min) * scaled(s.score, s.range)));
    }
  }
  if (view.colorBy === 'louvain' || view.colorBy === 'components') {
    const partition = result.partitions[view.colorBy];
    for (const id of graph.nodes) {
      const i = index.get(id);
      if (i === undefined) continue;
      const c = partition.of[i]!;
      set(id, 'analysisColor', communityColor(c));
      if (view.selectedCommunity !== null && c !== view.selectedCommunity) outside.push(id);
    }
  } else if (view.colorBy !== 'kind') {
    const score = scoreOf(view.colorBy);
    for (const id of graph.nodes) {
      const s = score(id);
      if (s) set(id, 'analysisColor', METRIC_COLORS[colorBin(s.score, s.range)]!);
    }
  }
  return { data, outside };
}

/** The kinds of entity an id has on the canvas, for interlocks. */
export type KindOf = (id: string) => EntityKindName | undefined;
