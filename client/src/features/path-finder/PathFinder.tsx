// Finds how two entities connect under the current filters: the ends, how many hops (1 to 6) and paths (1 to 20), and
// whether to skip paths that only pass through a claim's ABOUT links. The evidence chain opens in the side panel,
// where it has room to read.
import { useState } from 'react';
import { useExplorer } from '../../state/explorer-context.ts';
import { EntityPick } from '../editor/EntityPick.tsx';
import { onlyThroughClaimAbout, pathResults, usePathResults } from './path-results.ts';

const HOPS = [1, 2, 3, 4, 5, 6];
const COUNTS = [1, 3, 5, 10, 20];

export function PathFinder() {
  const ex = useExplorer();
  const { pathEnds } = ex.state;
  const shown = usePathResults();
  const [maxHops, setMaxHops] = useState(4);
  const [first, setFirst] = useState(3);
  const [skipClaims, setSkipClaims] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const find = async () => {
    if (!pathEnds.from || !pathEnds.to) return;
    setBusy(true);
    setError(null);
    try {
      // Skipping happens here, so more paths are asked for to still show as many.
      const found = await ex.findPaths(pathEnds.from, pathEnds.to, { maxHops, first: skipClaims ? 20 : first });
      const paths = (skipClaims ? found.filter((p) => !onlyThroughClaimAbout(p)) : found).slice(0, first);
      pathResults.set({ paths, maxHops, only: null });
      ex.dispatch({ type: 'highlight/set', nodeIds: [...new Set(paths.flatMap((p) => p.nodes.map((n) => n.id)))], edgeIds: paths.flatMap((p) => p.edges.map((e) => e.id)) });
      ex.dispatch({ type: 'panel/open', panel: 'paths' });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel-section" data-testid="path-finder" aria-labelledby="path-finder-title">
      <h2 id="path-finder-title">Connect</h2>
      <EntityPick label="From" value={pathEnds.from} target="path-from" testId="path-from" onChange={(id) => ex.dispatch({ type: 'path-ends/set', from: id })} />
      <EntityPick label="To" value={pathEnds.to} target="path-to" testId="path-to" onChange={(id) => ex.dispatch({ type: 'path-ends/set', to: id })} />
      <div className="row">
        <label>
          Up to hops
          <select data-testid="path-hops" value={maxHops} onChange={(e) => setMaxHops(Number(e.target.value))}>
            {HOPS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label>
          Paths
          <select data-testid="path-count" value={first} onChange={(e) => setFirst(Number(e.target.value))}>
            {COUNTS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="check">
        <input type="checkbox" data-testid="path-skip-claims" checked={skipClaims} onChange={(e) => setSkipClaims(e.target.checked)} />
        Skip paths only through a claim’s “about” links
      </label>
      <div className="actions">
        <button type="button" className="primary" data-testid="find-paths" disabled={!pathEnds.from || !pathEnds.to || busy} onClick={() => void find()}>
          Find paths
        </button>
        {shown && (
          <>
            <button type="button" data-testid="show-paths" onClick={() => ex.dispatch({ type: 'panel/open', panel: 'paths' })}>
              Show chain
            </button>
            <button
              type="button"
              onClick={() => {
                pathResults.set(null);
                ex.dispatch({ type: 'highlight/set', nodeIds: [], edgeIds: [] });
                if (ex.state.panel === 'paths') ex.dispatch({ type: 'panel/open', panel: null });
              }}
            >
              Clear
            </button>
          </>
        )}
      </div>
      {error && <p className="form-error">{error}</p>}
    </section>
  );
}
