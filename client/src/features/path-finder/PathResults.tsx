// The evidence chain in the side panel: each hop read from the start entity, its direction as the sentence reads, its
// confidence, status and citations; all paths, or one alone (highlighted alone on the canvas).
import type { ApiPath } from '../../api/types.ts';
import { entityLabel } from '../../graph/to-elements.ts';
import { useExplorer } from '../../state/explorer-context.ts';
import { CitationList } from '../details-panel/CitationList.tsx';
import { hopsOf, pathResults, usePathResults } from './path-results.ts';

export function PathResults() {
  const ex = useExplorer();
  const answer = usePathResults();
  if (!answer) return <p className="muted">Choose two entities in “Connect” and find how they are linked.</p>;
  const { paths, only } = answer;
  const show = (index: number | null) => {
    pathResults.set({ ...answer, only: index });
    const chosen = index === null ? paths : paths.slice(index, index + 1);
    ex.dispatch({ type: 'highlight/set', nodeIds: [...new Set(chosen.flatMap((p) => p.nodes.map((n) => n.id)))], edgeIds: chosen.flatMap((p) => p.edges.map((e) => e.id)) });
  };
  if (paths.length === 0) {
    return (
      <div className="details" data-testid="paths-panel">
        <h2>Connections</h2>
        <p className="muted" data-testid="no-paths">
          No connection within {answer.maxHops} {answer.maxHops === 1 ? 'hop' : 'hops'} under the current filters.
        </p>
      </div>
    );
  }
  return (
    <div className="details" data-testid="paths-panel">
      <h2>
        {paths.length} {paths.length === 1 ? 'path' : 'paths'} from {entityLabel(paths[0]!.nodes[0]!)} to {entityLabel(paths[0]!.nodes.at(-1)!)}
      </h2>
      <label>
        Show{' '}
        <select data-testid="path-only" value={only === null ? 'all' : String(only)} onChange={(e) => show(e.target.value === 'all' ? null : Number(e.target.value))}>
          <option value="all">all paths</option>
          {paths.map((p, i) => (
            <option key={i} value={i}>
              path {i + 1} ({p.edges.length} {p.edges.length === 1 ? 'hop' : 'hops'})
            </option>
          ))}
        </select>
      </label>
      <div className="paths" data-testid="paths">
        {paths.map((p, i) =>
          only === null || only === i ? (
            <section key={i} className="path" data-testid="path" aria-label={`Path ${i + 1}`}>
              <h3>
                Path {i + 1} · {p.edges.length} {p.edges.length === 1 ? 'hop' : 'hops'}
              </h3>
              <PathChain path={p} />
            </section>
          ) : null,
        )}
      </div>
    </div>
  );
}

function PathChain({ path }: { path: ApiPath }) {
  const ex = useExplorer();
  const names = new Map(path.nodes.map((n) => [n.id, entityLabel(n)]));
  const name = (id: string) => names.get(id) ?? id;
  return (
    <ol className="hops">
      {hopsOf(path).map(({ edge: e, at, next, forward }) => {
        const label = ex.typeLabels.get(e.type) ?? e.type;
        return (
          <li key={e.id} className="hop" data-testid="hop" data-forward={forward ? 'true' : 'false'}>
            <div className="hop-line">
              <span className="hop-node">{name(at)}</span>{' '}
              <button
                type="button"
                className="link hop-rel"
                aria-label={`${name(e.from)} ${label} ${name(e.to)}: open the relationship`}
                onClick={() => ex.dispatch({ type: 'select', selection: { kind: 'edge', id: e.id } })}
              >
                {forward ? `— ${label} →` : `← ${label} —`}
              </button>{' '}
              <span className="hop-node">{name(next)}</span>
            </div>
            <p className="hop-sentence" data-testid="hop-sentence">
              {name(e.from)} {label} {name(e.to)}
              {(e.validFrom || e.validTo) && ` (${e.validFrom ?? '…'} – ${e.validTo ?? '…'})`}
            </p>
            <p className="hop-facts">
              <span className={`badge confidence-${e.confidence}`} data-testid="hop-confidence">
                {e.confidence.toLowerCase()}
              </span>{' '}
              <span className={`badge status-${e.status}`} data-testid="hop-status">
                {e.status.toLowerCase()}
              </span>
            </p>
            <CitationList citations={e.citations} />
          </li>
        );
      })}
    </ol>
  );
}
