import { describe, expect, it } from 'vitest';
import { EMPTY_UI_STATE, uiReducer, type UiAction, type UiState, type ViewSnapshot } from './ui-state.ts';

const snap = (s: UiState, positions: ViewSnapshot['positions'] = {}): ViewSnapshot => ({
  nodeIds: s.nodeIds,
  hidden: s.hidden,
  pinned: s.pinned,
  positions,
});

describe('uiReducer view operations', () => {
  const run = (actions: ((s: UiState) => UiAction)[]) => actions.reduce((s, make) => uiReducer(s, make(s)), EMPTY_UI_STATE);

  it('adds, hides and removes nodes, and undo/redo walk back and forth with positions', () => {
    const s = run([
      (s) => ({ type: 'view/add', ids: ['a'], anchor: null, before: snap(s) }),
      (s) => ({ type: 'view/add', ids: ['b', 'c', 'a'], anchor: 'a', before: snap(s, { a: { x: 1, y: 2 } }) }),
      (s) => ({ type: 'view/hide', ids: ['c'], before: snap(s) }),
      () => ({ type: 'select', selection: { kind: 'node', id: 'b' } }),
      (s) => ({ type: 'view/remove', ids: ['b'], before: snap(s) }),
    ]);
    expect(s.nodeIds).toEqual(['a', 'c']);
    expect(s.hidden).toEqual(['c']);
    expect(s.selected).toBeNull();
    expect(s.history.past).toHaveLength(4);

    const undone = [1, 2, 3].reduce((x) => uiReducer(x, { type: 'history/undo', current: snap(x) }), s);
    expect(undone.nodeIds).toEqual(['a']);
    expect(undone.restore.positions).toEqual({ a: { x: 1, y: 2 } });
    const redone = uiReducer(undone, { type: 'history/redo', current: snap(undone) });
    expect(redone.nodeIds).toEqual(['a', 'b', 'c']);
    expect(redone.hidden).toEqual([]);
  });

  it('does not record a history step for adding what is already shown', () => {
    const one = uiReducer(EMPTY_UI_STATE, { type: 'view/add', ids: ['a'], anchor: null, before: snap(EMPTY_UI_STATE) });
    const again = uiReducer(one, { type: 'view/add', ids: ['a'], anchor: null, before: snap(one) });
    expect(again.history.past).toHaveLength(1);
  });

  it('runs a layout as an undoable step and clears the canvas', () => {
    const s = run([
      (s) => ({ type: 'view/add', ids: ['a', 'b'], anchor: null, before: snap(s) }),
      (s) => ({ type: 'layout/run', layout: 'grid', before: snap(s, { a: { x: 0, y: 0 } }) }),
      (s) => ({ type: 'view/clear', before: snap(s) }),
    ]);
    expect(s.layout).toBe('grid');
    expect(s.layoutRun).toBe(1);
    expect(s.nodeIds).toEqual([]);
    expect(uiReducer(s, { type: 'history/undo', current: snap(s) }).nodeIds).toEqual(['a', 'b']);
  });
});
