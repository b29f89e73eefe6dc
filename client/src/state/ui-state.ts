// All UI-only state in one reducer: what is on the canvas, filters, layout, selection, open panel, picking mode, path
// highlight and the undo history of view snapshots. Server data is not here; it lives in api/cache.ts. Changes that
// enter the undo history are canvas commands (features/history/canvas-commands.ts), run only by the command runner.
import type { LayoutName } from '../graph/layouts.ts';
import type { Point } from '../graph/ring-placement.ts';
import { changesView, performCommand, withView, type CommandCall } from '../features/history/canvas-commands.ts';
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
export type Panel = 'details' | 'new-entity' | 'new-edge' | 'paths' | null;

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

/** What only the command runner sends (features/history/command-runner.ts): it takes the snapshots itself. */
export type HistoryAction =
  | { type: 'command'; call: CommandCall; before: ViewSnapshot }
  | { type: 'history/undo'; current: ViewSnapshot }
  | { type: 'history/redo'; current: ViewSnapshot };

/** Everything else: UI changes that do not enter the undo history. */
export type PlainUiAction =
  | { type: 'filters/set'; filters: Filters }
  | { type: 'select'; selection: Selection | null }
  | { type: 'panel/open'; panel: Panel }
  | { type: 'picking/set'; target: PickTarget | null }
  | { type: 'edge-draft/set'; from?: string | null; to?: string | null }
  | { type: 'path-ends/set'; from?: string | null; to?: string | null }
  | { type: 'highlight/set'; nodeIds: string[]; edgeIds: string[] }
  | { type: 'map/set'; mapId: string | null };

export type UiAction = HistoryAction | PlainUiAction;

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

export function uiReducer(s: UiState, a: UiAction): UiState {
  switch (a.type) {
    case 'command': {
      const next = performCommand(s, a.call);
      return changesView(s, next) ? { ...next, history: record(s.history, a.before) } : next;
    }
    case 'history/undo': {
      const r = undo(s.history, a.current);
      return r ? { ...withView(s, r.state), history: r.history } : s;
    }
    case 'history/redo': {
      const r = redo(s.history, a.current);
      return r ? { ...withView(s, r.state), history: r.history } : s;
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
    case 'map/set':
      return { ...s, mapId: a.mapId };
  }
}
