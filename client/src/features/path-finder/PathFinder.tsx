// Finds how two entities connect (up to 4 hops, under the current filters), draws the paths on the canvas and lists
// the evidence chain hop by hop.
import { useState } from 'react';
import type { ApiPath } from '../../api/types.ts';
import { entityLabel } from '../../graph/to-elements.ts';
import { useExplorer } from '../../state/explorer-context.ts';
import { CitationList } from '../details-panel/CitationList.tsx';
import { EntityPick } from '../editor/EntityPick.tsx';

export function PathFinder() {
  const ex = useExplorer();
  const { pathEnds } = ex.state;
  const [paths, setPaths] = useState<ApiPath[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const find = async () => {
    if (!pathEnds.from || !pathEnds.to) return;
    setBusy(true);
    setError(null);
    try {
      setPaths(await ex.findPaths(pathEnds.from, pathEnds.to));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel-section" data-testid="path-finder">
      <h2>Connect</h2>
      <EntityPick label="From" value={pathEnds.from} target="path-from" testId="path-from" onChange={(id) => ex.dispatch({ type: 'path-ends/set', from: id })} />
      <EntityPick label="To" value={pathEnds.to} target="path-to" testId="path-to" onChange={(id) => ex.dispatch({ type: 'path-ends/set', to: id })} />
      <div className="actions">
        <button type="button" className="primary" data-testid="find-paths" disabled={!pathEnds.from || !pathEnds.to || busy} onClick={() => void find()}>
          Find paths
        </button>
        {paths && (
          <button
            type="button"
            onClick={() => {
              setPaths(null);
              ex.dispatch({ type: 'highlight/set', nodeIds: [], edgeIds: [] });
            }}
          >
            Clear
          </button>
        )}
      </div>
      {error && <p className="form-error">{error}</p>}
      {paths && paths.length === 0 && <p className="muted" data-testid="no-paths">No connection within 4 hops under the current filters.</p>}
      {paths && paths.length > 0 && (
        <div className="paths" data-testid="paths">
          {paths.map((p, i) => (
            <div key={i} className="path" data-testid="path">
              <h3>
                Path {i + 1} · {p.edges.length} {p.edges.length === 1 ? 'hop' : 'hops'}
              </h3>
              <PathChain path={p} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

function PathChain({ path }: { path: ApiPath }) {
  const ex = useExplorer();
  const names = new Map(path.nodes.map((n) => [n.id, entityLabel(n)]));
  return (
    <ol className="hops">
      {path.edges.map((e) => (
        <li key={e.id} className="hop" data-testid="hop">
          <button type="button" className="link" onClick={() => ex.dispatch({ type: 'select', selection: { kind: 'edge', id: e.id } })}>
            {names.get(e.from) ?? e.from} → <em>{ex.typeLabels.get(e.type) ?? e.type}</em> → {names.get(e.to) ?? e.to}
          </button>
          {e.status !== 'ACTIVE' && <span className={`badge status-${e.status}`}>{e.status.toLowerCase()}</span>}
          <CitationList citations={e.citations} />
        </li>
      ))}
    </ol>
  );
}
