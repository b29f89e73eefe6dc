import { describe, expect, it } from 'vitest';
import type { Point } from '../../graph/ring-placement.ts';
import { DEFAULT_FILTERS } from '../../state/filters.ts';
import { EMPTY_UI_STATE, uiReducer, type UiAction, type UiState } from '../../state/ui-state.ts';
import { createCommandRunner } from './command-runner.ts';

/** The real reducer behind the runner; `canvas` stands in for where the canvas has drawn each node. */
function harness() {
  let state: UiState = EMPTY_UI_STATE;
  let canvas: Record<string, Point> = {};
  const runner = createCommandRunner({
    dispatch: (action) => (state = uiReducer(state, action)),
    state: () => state,
    positions: () => canvas,
  });
  return {
    runner,
    dispatch: (action: UiAction) => (state = uiReducer(state, action)),
    get state() {
      return state;
    },
    moveTo(positions: Record<string, Point>) {
      canvas = positions;
    },
  };
}

describe('the canvas command runner', () => {
  it('records the view before each command itself, positions included, and undo/redo walk back and forth', () => {
    const h = harness();
    h.runner.run('add', { ids: ['a'], anchor: null });
    h.moveTo({ a: { x: 1, y: 2 } });
    h.runner.run('add', { ids: ['b', 'c', 'a'], anchor: 'a' });
    h.moveTo({ a: { x: 1, y: 2 }, b: { x: 5, y: 5 }, c: { x: 9, y: 9 } });
    h.runner.run('hide', { ids: ['c'] });
    h.dispatch({ type: 'select', selection: { kind: 'node', id: 'b' } });
    h.runner.run('remove', { ids: ['b'] });
    expect(h.state.nodeIds).toEqual(['a', 'c']);
    expect(h.state.hidden).toEqual(['c']);
    expect(h.state.selected).toBeNull();
    expect(h.state.history.past).toHaveLength(4);

    h.runner.undo();
    expect(h.state.nodeIds).toEqual(['a', 'b', 'c']);
    expect(h.state.restore.positions).toEqual({ a: { x: 1, y: 2 }, b: { x: 5, y: 5 }, c: { x: 9, y: 9 } });
    h.runner.undo();
    h.runner.undo();
    expect(h.state.nodeIds).toEqual(['a']);
    expect(h.state.restore.positions).toEqual({ a: { x: 1, y: 2 } });

    h.runner.redo();
    expect(h.state.nodeIds).toEqual(['a', 'b', 'c']);
    expect(h.state.hidden).toEqual([]);
    expect(h.state.history.future).toHaveLength(2);
  });

  it('enters no history for a command that leaves the view as it was', () => {
    const h = harness();
    h.runner.run('add', { ids: ['a'], anchor: null });
    h.runner.run('pin', { id: 'a', pinned: true });
    expect(h.state.history.past).toHaveLength(2);
    h.runner.run('add', { ids: ['a'], anchor: 'a' });
    h.runner.run('pin', { id: 'a', pinned: true });
    h.runner.run('showAll');
    h.runner.run('remove', { ids: ['not-on-canvas'] });
    expect(h.state.history.past).toHaveLength(2);
    expect(h.state.anchor).toBe('a');
  });

  it('makes a new command forget what could have been redone', () => {
    const h = harness();
    h.runner.run('add', { ids: ['a', 'b'], anchor: null });
    h.runner.run('hide', { ids: ['b'] });
    h.runner.undo();
    expect(h.state.history.future).toHaveLength(1);
    h.runner.run('pin', { id: 'a', pinned: true });
    expect(h.state.history.future).toEqual([]);
    h.runner.redo();
    expect(h.state.hidden).toEqual([]);
  });

  it('runs a layout and clears the canvas as undoable steps', () => {
    const h = harness();
    h.runner.run('add', { ids: ['a', 'b'], anchor: null });
    h.moveTo({ a: { x: 0, y: 0 }, b: { x: 3, y: 4 } });
    h.runner.run('layout', { layout: 'grid' });
    h.runner.run('clear');
    expect(h.state.layout).toBe('grid');
    expect(h.state.layoutRun).toBe(1);
    expect(h.state.nodeIds).toEqual([]);
    h.runner.undo();
    expect(h.state.nodeIds).toEqual(['a', 'b']);
    h.runner.undo();
    expect(h.state.restore.positions).toEqual({ a: { x: 0, y: 0 }, b: { x: 3, y: 4 } });
  });

  it('opens a saved map as one undoable step at its saved positions', () => {
    const h = harness();
    h.runner.run('add', { ids: ['x'], anchor: null });
    h.moveTo({ x: { x: 7, y: 7 } });
    const view = { nodeIds: ['a', 'b'], hidden: ['b'], pinned: ['a'], positions: { a: { x: 1, y: 1 }, b: { x: 2, y: 2 } } };
    h.runner.run('openMap', { mapId: 'map-1', view, filters: DEFAULT_FILTERS, layout: 'concentric' });
    expect(h.state).toMatchObject({ nodeIds: ['a', 'b'], hidden: ['b'], pinned: ['a'], mapId: 'map-1', layout: 'concentric' });
    expect(h.state.restore.positions).toEqual(view.positions);
    h.runner.undo();
    expect(h.state.nodeIds).toEqual(['x']);
    expect(h.state.restore.positions).toEqual({ x: { x: 7, y: 7 } });
  });
});
