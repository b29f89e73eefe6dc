// The one way a canvas command runs: the runner reads the view and the canvas's positions itself, so the undo
// snapshot is always complete and no caller builds one. Undo and redo snapshot the current view the same way.
import type { Point } from '../../graph/ring-placement.ts';
import type { UiAction, UiState, ViewSnapshot } from '../../state/ui-state.ts';
import type { CommandArgs, CommandCall, CommandName } from './canvas-commands.ts';

export interface CommandRunner {
  run<N extends CommandName>(name: N, ...args: CommandArgs<N> extends undefined ? [] : [CommandArgs<N>]): void;
  undo(): void;
  redo(): void;
}

export interface CommandRunnerDeps {
  dispatch(action: UiAction): void;
  /** The UI state as of now. */
  state(): UiState;
  /** Where the canvas has each node now (empty before the canvas exists). */
  positions(): Record<string, Point>;
}

export function createCommandRunner({ dispatch, state, positions }: CommandRunnerDeps): CommandRunner {
  const snapshot = (): ViewSnapshot => {
    const s = state();
    return { nodeIds: s.nodeIds, hidden: s.hidden, pinned: s.pinned, positions: positions() };
  };
  return {
    run(name, ...args) {
      dispatch({ type: 'command', call: { name, args: args[0] } as CommandCall, before: snapshot() });
    },
    undo: () => dispatch({ type: 'history/undo', current: snapshot() }),
    redo: () => dispatch({ type: 'history/redo', current: snapshot() }),
  };
}
