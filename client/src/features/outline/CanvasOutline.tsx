// A keyboard- and screen-reader-operable list of what the canvas shows: every node and relationship as a button.
import { useGraphCache } from '../../api/cache.ts';
import { edgeLabel, edgesBetween, entityLabel } from '../../graph/to-elements.ts';
import { useExplorer } from '../../state/explorer-context.ts';

export function CanvasOutline() {
  const ex = useExplorer();
  const cache = useGraphCache();
  const { nodeIds } = ex.state;
  const edges = edgesBetween(nodeIds, cache.edges);
  const name = (id: string) => {
    const e = cache.entities.get(id);
    return e ? entityLabel(e) : id;
  };
  return (
    <section className="panel-section">
      <details data-testid="outline">
        <summary>
          On the canvas ({nodeIds.length} entities, {edges.length} relationships)
        </summary>
        <ul className="outline-list">
          {nodeIds.map((id) => (
            <li key={id}>
              <button type="button" data-testid="outline-node" data-id={id} onClick={() => ex.dispatch({ type: 'select', selection: { kind: 'node', id } })}>
                {name(id)}
              </button>
            </li>
          ))}
        </ul>
        <ul className="outline-list">
          {edges.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                data-testid="outline-edge"
                data-id={e.id}
                onClick={() => ex.dispatch({ type: 'select', selection: { kind: 'edge', id: e.id } })}
              >
                {name(e.from)} → {edgeLabel(e, ex.typeLabels)} → {name(e.to)}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
