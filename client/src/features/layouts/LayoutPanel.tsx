import { LAYOUT_NAMES, isLayoutName } from '../../graph/layouts.ts';
import { useExplorer } from '../../state/explorer-context.ts';

const LABELS = { fcose: 'Force-directed', concentric: 'Concentric', breadthfirst: 'Hierarchy', grid: 'Grid' } as const;

export function LayoutPanel() {
  const ex = useExplorer();
  const { state } = ex;
  return (
    <section className="panel-section">
      <h2>View</h2>
      <div className="row">
        <select
          aria-label="Layout"
          data-testid="layout-select"
          value={state.layout}
          onChange={(e) => isLayoutName(e.target.value) && ex.run('layout', { layout: e.target.value })}
        >
          {LAYOUT_NAMES.map((n) => (
            <option key={n} value={n}>
              {LABELS[n]}
            </option>
          ))}
        </select>
        <button type="button" data-testid="run-layout" onClick={() => ex.run('layout', { layout: state.layout })}>
          Re-layout
        </button>
      </div>
      <div className="row">
        <button type="button" data-testid="fit" onClick={() => ex.graph()?.fit()}>
          Fit
        </button>
        <button type="button" data-testid="show-all" disabled={state.hidden.length === 0} onClick={() => ex.run('showAll')}>
          Show hidden ({state.hidden.length})
        </button>
        <button type="button" data-testid="clear" disabled={state.nodeIds.length === 0} onClick={() => ex.run('clear')}>
          Clear
        </button>
      </div>
    </section>
  );
}
