// Canvas operations that enter undo history, kept in one registry in the manner of excalidraw's actions: a command
// says only how it changes the UI state. Running one goes through the command runner, which takes the undo snapshot
// itself; a command that leaves the view as it was enters no history.
import type { LayoutName } from '../../graph/layouts.ts';
import type { Filters } from '../../state/filters.ts';
import type { UiState, ViewSnapshot } from '../../state/ui-state.ts';

const without = (list: string[], ids: readonly string[]) => list.filter((id) => !ids.includes(id));

/** The view a snapshot restores, applied to the state (positions are applied by the canvas on `restore`). */
export function withView(s: UiState, snap: ViewSnapshot): UiState {
  const selectedGone = s.selected?.kind === 'node' && !snap.nodeIds.includes(s.selected.id);
  return {
    ...s,
    nodeIds: snap.nodeIds,
    hidden: snap.hidden,
    pinned: snap.pinned,
    anchor: null,
    restore: { version: s.restore.version + 1, positions: snap.positions },
    selected: selectedGone ? null : s.selected,
  };
}

export const CANVAS_COMMANDS = {
  /** Puts entities on the canvas (new ones gather round `anchor`); hidden ones among them are shown again. */
  add(s: UiState, { ids, anchor }: { ids: string[]; anchor: string | null }): UiState {
    const fresh = ids.filter((id) => !s.nodeIds.includes(id));
    return { ...s, nodeIds: [...s.nodeIds, ...fresh], hidden: without(s.hidden, ids), anchor };
  },
  remove(s: UiState, { ids }: { ids: string[] }): UiState {
    const selectedGone = s.selected?.kind === 'node' && ids.includes(s.selected.id);
    return {
      ...s,
      nodeIds: without(s.nodeIds, ids),
      hidden: without(s.hidden, ids),
      pinned: without(s.pinned, ids),
      selected: selectedGone ? null : s.selected,
      panel: selectedGone ? null : s.panel,
    };
  },
  hide(s: UiState, { ids }: { ids: string[] }): UiState {
    return { ...s, hidden: [...new Set([...s.hidden, ...ids])] };
  },
  showAll(s: UiState): UiState {
    return { ...s, hidden: [] };
  },
  pin(s: UiState, { id, pinned }: { id: string; pinned: boolean }): UiState {
    return { ...s, pinned: pinned ? [...new Set([...s.pinned, id])] : without(s.pinned, [id]) };
  },
  clear(s: UiState): UiState {
    return { ...s, nodeIds: [], hidden: [], pinned: [], selected: null, panel: null, highlight: { nodeIds: [], edgeIds: [] } };
  },
  /** Runs a layout over the whole canvas: every position may change, so it is one undoable step. */
  layout(s: UiState, { layout }: { layout: LayoutName }): UiState {
    return { ...s, layout, layoutRun: s.layoutRun + 1 };
  },
  /** Opens a saved map: its nodes at their saved positions, its filters and layout, with no layout run. */
  openMap(s: UiState, { mapId, view, filters, layout }: { mapId: string; view: ViewSnapshot; filters: Filters; layout: LayoutName }): UiState {
    return {
      ...withView(s, view),
      filters,
      layout,
      mapId,
      selected: null,
      panel: s.panel === 'details' ? null : s.panel,
      highlight: { nodeIds: [], edgeIds: [] },
    };
  },
} satisfies Record<string, (s: UiState, args: never) => UiState>;

export type CommandName = keyof typeof CANVAS_COMMANDS;
/** The arguments a command takes: none for `showAll` and `clear`. */
export type CommandArgs<N extends CommandName> = Parameters<(typeof CANVAS_COMMANDS)[N]>[1];
/** A command with its arguments, as the reducer receives it. */
export type CommandCall = { [N in CommandName]: { name: N; args: CommandArgs<N> } }[CommandName];

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Whether a command changed what undo restores: the canvas's nodes, hidden and pinned ones, or their positions. */
export function changesView(before: UiState, after: UiState): boolean {
  return (
    !sameList(before.nodeIds, after.nodeIds) ||
    !sameList(before.hidden, after.hidden) ||
    !sameList(before.pinned, after.pinned) ||
    before.layoutRun !== after.layoutRun ||
    before.restore.version !== after.restore.version
  );
}

export function performCommand(s: UiState, call: CommandCall): UiState {
  const perform = CANVAS_COMMANDS[call.name] as (s: UiState, args: CommandCall['args']) => UiState;
  return perform(s, call.args);
}
