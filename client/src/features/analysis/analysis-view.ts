// The analysis settings of a view as one plain, serializable object (so a saved map can keep it, named communities
// included) and the reducer that changes it. No Cytoscape and no server data here.
import type { MetricKey, PartitionKey } from './analysis-protocol.ts';

export type ColorBy = 'kind' | MetricKey | PartitionKey;
export type TimeUnit = 'year' | 'month';

export interface NamedCommunity {
  name: string;
  members: string[];
}

export interface AnalysisView {
  /** The metric the ranked table sorts by. */
  metric: MetricKey;
  sizeBy: MetricKey | null;
  colorBy: ColorBy;
  /** A community of the current colouring, by its number (largest first); the rest are dimmed. */
  selectedCommunity: number | null;
  /** Communities a researcher named, with the members they had when named. */
  named: NamedCommunity[];
  /** Entities picked for focus and interlocks. */
  picked: string[];
  /** Show only entities within this many steps of the picked ones; null shows everything. */
  focusSteps: 1 | 2 | 3 | null;
  timeline: { unit: TimeUnit; from: string | null; to: string | null; showUndated: boolean };
  evidence: { minSources: number; singleSourceOnly: boolean; disputedOnly: boolean; widthBySources: boolean };
}

export const DEFAULT_ANALYSIS_VIEW: AnalysisView = {
  metric: 'degree',
  sizeBy: null,
  colorBy: 'kind',
  selectedCommunity: null,
  named: [],
  picked: [],
  focusSteps: null,
  timeline: { unit: 'year', from: null, to: null, showUndated: true },
  evidence: { minSources: 1, singleSourceOnly: false, disputedOnly: false, widthBySources: true },
};

export type AnalysisAction =
  | { type: 'metric'; metric: MetricKey }
  | { type: 'size-by'; metric: MetricKey | null }
  | { type: 'color-by'; colorBy: ColorBy }
  | { type: 'select-community'; index: number | null }
  | { type: 'name-community'; name: string; members: string[] }
  | { type: 'set-named'; named: NamedCommunity[] }
  | { type: 'pick'; ids: string[] }
  | { type: 'unpick'; id: string }
  | { type: 'focus'; steps: 1 | 2 | 3 | null }
  | { type: 'timeline'; patch: Partial<AnalysisView['timeline']> }
  | { type: 'evidence'; patch: Partial<AnalysisView['evidence']> }
  | { type: 'restore'; view: AnalysisView };

const sameMembers = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));

export function analysisReducer(v: AnalysisView, a: AnalysisAction): AnalysisView {
  switch (a.type) {
    case 'metric':
      return { ...v, metric: a.metric };
    case 'size-by':
      return { ...v, sizeBy: a.metric };
    case 'color-by':
      return { ...v, colorBy: a.colorBy, selectedCommunity: null };
    case 'select-community':
      return { ...v, selectedCommunity: a.index };
    case 'name-community': {
      const name = a.name.trim();
      const rest = v.named.filter((n) => !sameMembers(n.members, a.members));
      return { ...v, named: name ? [...rest, { name, members: [...a.members] }] : rest };
    }
    case 'set-named':
      return { ...v, named: a.named.map((n) => ({ name: n.name, members: [...n.members] })) };
    case 'pick':
      return { ...v, picked: [...new Set([...v.picked, ...a.ids])] };
    case 'unpick': {
      const picked = v.picked.filter((id) => id !== a.id);
      return { ...v, picked, focusSteps: picked.length ? v.focusSteps : null };
    }
    case 'focus':
      return { ...v, focusSteps: a.steps };
    case 'timeline':
      return { ...v, timeline: { ...v.timeline, ...a.patch } };
    case 'evidence': {
      const evidence = { ...v.evidence, ...a.patch };
      evidence.minSources = Math.max(1, Math.floor(evidence.minSources) || 1);
      return { ...v, evidence };
    }
    case 'restore':
      return { ...DEFAULT_ANALYSIS_VIEW, ...a.view };
  }
}

/**
 * The name given to a community: the named one sharing most of its members, if it shares more than half of both
 * (communities shift a little as the canvas grows; a name should follow them).
 */
export function nameOf(members: string[], named: readonly NamedCommunity[]): string | null {
  let best: { name: string; overlap: number } | null = null;
  const set = new Set(members);
  for (const n of named) {
    const overlap = n.members.filter((id) => set.has(id)).length;
    if (overlap * 2 > members.length && overlap * 2 > n.members.length && (!best || overlap > best.overlap)) best = { name: n.name, overlap };
  }
  return best?.name ?? null;
}
