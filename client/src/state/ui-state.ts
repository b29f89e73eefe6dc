// All UI-only state in one reducer: what is on the canvas, filters, layout, selection, open panel, picking mode, path
// highlight and the undo history of view snapshots. Server data is not here; it lives in api/cache.ts.
import type { LayoutName } from '../graph/layouts.ts';
import type { Point } from '../graph/ring-placement.ts';
import { emptyHistory, record, redo, undo, type History } from '../features/history/history.ts';
import { DEFAULT_FILTERS, type Filters } from './filters.ts';
import { DEFAULT_LAYOUT, type Selection, type UrlState } from './url-state.ts';

export interface ViewSnapshot {
  nodeIds: string[];
  hidden: string[];
  pinned: string[];
  positions: Record<string, Point>;
}

export type PickTarget = 'edge-from' | 'edge-to' | 'path-from' | 'path-to';
export type Panel = 'details' | 'new-entity' | 'new-edge' | null;

export interface UiState {
  nodeIds: string[];
  hidden: string[];
  pinned: string[];
  /** Node new neighbours are placed around (the one just expanded). */
  anchor: string | null;
  /** Positions to apply after an undo/redo; `version` changes each time they must be applied. */
  restore: { version: number; positions: Record<string, Point> };
  filters: Filters;
  layout: LayoutName;
  /** Bumped to run the layout over the whole canvas. */
  layoutRun: number;
  selected: Selection | null;
  panel: Panel;
  picking: PickTarget | null;
  edgeDraft: { from: string | null; to: string | null };
  pathEnds: { from: string | null; to: string | null };
  highlight: { nodeIds: string[]; edgeIds: string[] };
  history: History<ViewSnapshot>;
  /** The saved map the view was opened from or last saved as; null for an unsaved view. */
  mapId: string | null;
}

export type UiAction =
  | { type: 'view/add'; ids: string[]; anchor: string | null; before: ViewSnapshot }
  | { type: 'view/remove'; ids: string[]; before: ViewSnapshot }
  | { type: 'view/hide'; ids: string[]; before: ViewSnapshot }
  | { type: 'view/show-all'; before: ViewSnapshot }
  | { type: 'view/pin'; id: string; pinned: boolean; before: ViewSnapshot }
  | { type: 'view/clear'; before: ViewSnapshot }
  | { type: 'layout/run'; layout: LayoutName; before: ViewSnapshot }
  | { type: 'history/undo'; current: ViewSnapshot }
  | { type: 'history/redo'; current: ViewSnapshot }
  | { type: 'filters/set'; filters: Filters }
  | { type: 'select'; selection: Selection | null }
  | { type: 'panel/open'; panel: Panel }
  | { type: 'picking/set'; target: PickTarget | null }
  | { type: 'edge-draft/set'; from?: string | null; to?: string | null }
  | { type: 'path-ends/set'; from?: string | null; to?: string | null }
  | { type: 'highlight/set'; nodeIds: string[]; edgeIds: string[] }
  | { type: 'map/open'; mapId: string; view: ViewSnapshot; filters: Filters; layout: LayoutName; before: ViewSnapshot }
  | { type: 'map/set'; mapId: string | null };

export function initialUiState(url: UrlState): UiState {
  return {
    nodeIds: url.nodeIds,
    hidden: url.hidden.filter((id) => url.nodeIds.includes(id)),
    pinned: url.pinned.filter((id) => url.nodeIds.includes(id)),
    anchor: null,
    restore: { version: 0, positions: {} },
    filters: url.filters,
    layout: url.layout,
    layoutRun: 0,
    selected: url.selected,
    panel: url.selected ? 'details' : null,
    picking: null,
    edgeDraft: { from: null, to: null },
    pathEnds: { from: null, to: null },
    highlight: { nodeIds: [], edgeIds: [] },
    history: emptyHistory(),
    mapId: null,
  };
}

export const EMPTY_UI_STATE = initialUiState({
  nodeIds: [],
  hidden: [],
  pinned: [],
  filters: DEFAULT_FILTERS,
  layout: DEFAULT_LAYOUT,
  selected: null,
});

const without = (list: string[], ids: readonly string[]) => list.filter((id) => !ids.includes(id));

function applySnapshot(s: UiState, snap: ViewSnapshot, history: History<ViewSnapshot>): UiState {
  const selectedGone = s.selected?.kind === 'node' && !snap.nodeIds.includes(s.selected.id);
  return {
    ...s,
    nodeIds: snap.nodeIds,
    hidden: snap.hidden,
    pinned: snap.pinned,
    anchor: null,
    restore: { version: s.restore.version + 1, positions: snap.positions },
    history,
    selected: selectedGone ? null : s.selected,
  };
}

export function uiReducer(s: UiState, a: UiAction): UiState {
  switch (a.type) {
    case 'view/add': {
      const fresh = a.ids.filter((id) => !s.nodeIds.includes(id));
      const unhidden = without(s.hidden, a.ids);
      if (fresh.length === 0 && unhidden.length === s.hidden.length) return { ...s, anchor: a.anchor };
      return { ...s, nodeIds: [...s.nodeIds, ...fresh], hidden: unhidden, anchor: a.anchor, history: record(s.history, a.before) };
    }
    case 'view/remove': {
      const selectedGone = s.selected?.kind === 'node' && a.ids.includes(s.selected.id);
      return {
        ...s,
        nodeIds: without(s.nodeIds, a.ids),
        hidden: without(s.hidden, a.ids),
        pinned: without(s.pinned, a.ids),
        selected: selectedGone ? null : s.selected,
        panel: selectedGone ? null : s.panel,
        history: record(s.history, a.before),
      };
    }
    case 'view/hide':
      return { ...s, hidden: [...new Set([...s.hidden, ...a.ids])], history: record(s.history, a.before) };
    case 'view/show-all':
      return s.hidden.length === 0 ? s : { ...s, hidden: [], history: record(s.history, a.before) };
    case 'view/pin':
      return {
        ...s,
        pinned: a.pinned ? [...new Set([...s.pinned, a.id])] : without(s.pinned, [a.id]),
        history: record(s.history, a.before),
      };
    case 'view/clear':
      return {
        ...s,
        nodeIds: [],
        hidden: [],
        pinned: [],
        selected: null,
        panel: null,
        highlight: { nodeIds: [], edgeIds: [] },
        history: record(s.history, a.before),
      };
    case 'layout/run':
      return { ...s, layout: a.layout, layoutRun: s.layoutRun + 1, history: record(s.history, a.before) };
    case 'history/undo': {
      const r = undo(s.history, a.current);
      return r ? applySnapshot(s, r.state, r.history) : s;
    }
    case 'history/redo': {
      const r = redo(s.history, a.current);
      return r ? applySnapshot(s, r.state, r.history) : s;
    }
    case 'filters/set':
      return { ...s, filters: a.filters };
    case 'select':
      return { ...s, selected: a.selection, panel: a.selection ? 'details' : s.panel === 'details' ? null : s.panel };
    case 'panel/open':
      return { ...s, panel: a.panel, picking: null };
    case 'picking/set':
      return { ...s, picking: a.target };
    case 'edge-draft/set':
      return {
        ...s,
        edgeDraft: { from: a.from === undefined ? s.edgeDraft.from : a.from, to: a.to === undefined ? s.edgeDraft.to : a.to },
      };
    case 'path-ends/set':
      return {
        ...s,
        pathEnds: { from: a.from === undefined ? s.pathEnds.from : a.from, to: a.to === undefined ? s.pathEnds.to : a.to },
      };
    case 'highlight/set':
      return { ...s, highlight: { nodeIds: a.nodeIds, edgeIds: a.edgeIds } };
    case 'map/open':
      // Opening a map is one undoable step; its positions are applied as they were saved, with no layout run.
      return {
        ...applySnapshot(s, a.view, record(s.history, a.before)),
        filters: a.filters,
        layout: a.layout,
        mapId: a.mapId,
        selected: null,
        panel: s.panel === 'details' ? null : s.panel,
        highlight: { nodeIds: [], edgeIds: [] },
      };
    case 'map/set':
      return { ...s, mapId: a.mapId };
  }
}
