import { useExplorer } from '../../state/explorer-context.ts';

export function HistoryButtons() {
  const ex = useExplorer();
  return (
    <>
      <button type="button" data-testid="undo" title="Undo (Ctrl+Z)" disabled={ex.state.history.past.length === 0} onClick={ex.undo}>
        ↶ Undo
      </button>
      <button type="button" data-testid="redo" title="Redo (Ctrl+Shift+Z)" disabled={ex.state.history.future.length === 0} onClick={ex.redo}>
        ↷ Redo
      </button>
    </>
  );
}
