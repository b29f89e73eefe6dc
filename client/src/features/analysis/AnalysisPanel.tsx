// The analysis column beside the canvas: who matters most in the whole graph, the ranked table of the canvas, size and
// colour by a metric or community with a legend, focus and interlocks, and the weight-of-evidence filters.
import { useMemo, useState } from 'react';
import './analysis.css';
import { useGraphCache } from '../../api/cache.ts';
import { fetchRanking, type RankingMetric } from '../../api/queries.ts';
import { entityLabel } from '../../graph/to-elements.ts';
import { useExplorer } from '../../state/explorer-context.ts';
import { METRIC_KEYS, METRIC_LABELS, PARTITIONS, PARTITION_LABELS, type MetricKey } from './analysis-protocol.ts';
import { nameOf, type ColorBy } from './analysis-view.ts';
import { COMMUNITY_COLORS, METRIC_COLORS, OTHER_COMMUNITY_COLOR, SIZE_RANGE, communityColor, rangeOf } from './canvas-overlay.ts';
import { singleSourceShare } from './evidence.ts';
import { interlocks } from './focus.ts';
import type { CanvasAnalysis } from './use-analysis.ts';

const TABLE_ROWS = 15;
const RANKING_METRICS: { value: RankingMetric; label: string }[] = [
  { value: 'DEGREE', label: 'Degree' },
  { value: 'PAGERANK', label: 'PageRank' },
  { value: 'BETWEENNESS', label: 'Betweenness' },
  { value: 'CLOSENESS', label: 'Closeness' },
];

const formatScore = (metric: MetricKey | RankingMetric, score: number) =>
  metric === 'degree' || metric === 'inDegree' || metric === 'outDegree' || metric === 'DEGREE' ? String(score) : score.toFixed(3);

function useName() {
  const cache = useGraphCache();
  return (id: string) => {
    const e = cache.entities.get(id);
    return e ? entityLabel(e) : id;
  };
}

/** "Who matters most": the server's whole-graph ranking, to start from instead of a blank canvas. */
function WhoMattersMost() {
  const ex = useExplorer();
  const name = useName();
  const [metric, setMetric] = useState<RankingMetric>('DEGREE');
  const [rows, setRows] = useState<{ id: string; score: number }[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async (m: RankingMetric) => {
    setMetric(m);
    setError(null);
    try {
      setRows(await fetchRanking(m, 10));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="panel-section" data-testid="who-matters">
      <h2>Who matters most</h2>
      <div className="analysis-row">
        <select aria-label="Rank the whole graph by" data-testid="who-metric" value={metric} onChange={(e) => void load(e.target.value as RankingMetric)}>
          {RANKING_METRICS.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </select>
        <button type="button" data-testid="who-load" onClick={() => void load(metric)}>
          {rows ? 'Refresh' : 'Rank the whole graph'}
        </button>
      </div>
      {error && <p className="form-error">{error}</p>}
      {rows && rows.length === 0 && <p className="muted">The graph is empty.</p>}
      {rows && rows.length > 0 && (
        <>
          <ol className="ranked-list" data-testid="who-list">
            {rows.map((r) => (
              <li key={r.id} data-testid="who-row" data-entity-id={r.id}>
                <button type="button" className="link" title="Put on the canvas" onClick={() => void ex.addToCanvas(r.id)}>
                  {name(r.id)}
                </button>
                <span className="score">{formatScore(metric, r.score)}</span>
              </li>
            ))}
          </ol>
          <button type="button" data-testid="who-add-all" onClick={() => void Promise.all(rows.map((r) => ex.addToCanvas(r.id))).then(() => ex.run('layout', { layout: ex.state.layout }))}>
            Put all {rows.length} on the canvas
          </button>
        </>
      )}
    </section>
  );
}

function RankedTable({ analysis }: { analysis: CanvasAnalysis }) {
  const ex = useExplorer();
  const name = useName();
  const { view, result, graph } = analysis;
  const shown = new Set(graph.nodes);
  const rows = result
    ? result.nodes
        .map((id, i) => ({ id, score: result.scores[view.metric][i]! }))
        .filter((r) => shown.has(r.id))
        .sort((a, b) => b.score - a.score || name(a.id).localeCompare(name(b.id)))
        .slice(0, TABLE_ROWS)
        .map((r) => ({ ...r, share: singleSourceShare(r.id, graph.edges) }))
    : [];
  return (
    <section className="panel-section" data-testid="metrics">
      <h2>Metrics of the canvas</h2>
      <label className="analysis-row">
        Rank by
        <select data-testid="metric-select" value={view.metric} onChange={(e) => analysis.dispatch({ type: 'metric', metric: e.target.value as MetricKey })}>
          <MetricOptions />
        </select>
      </label>
      {graph.nodes.length === 0 ? (
        <p className="muted" data-testid="metrics-empty">
          Nothing on the canvas to measure.
        </p>
      ) : (
        <table className="ranked-table" data-testid="ranked-table">
          <thead>
            <tr>
              <th>#</th>
              <th>Entity</th>
              <th title={METRIC_LABELS[view.metric]}>Score</th>
              <th title="Share of its visible relationships resting on a single source">1-source</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.id} data-testid="ranked-row" data-entity-id={r.id} data-score={r.score} onClick={() => ex.dispatch({ type: 'select', selection: { kind: 'node', id: r.id } })}>
                <td>{i + 1}</td>
                <td>{name(r.id)}</td>
                <td className="score">{formatScore(view.metric, r.score)}</td>
                <td className="score">{r.share.total ? `${Math.round((100 * r.share.single) / r.share.total)}%` : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result && graph.nodes.length > 0 && (
        <p className="muted small" data-testid="metrics-note">
          {graph.nodes.length} entities, {graph.edges.length} relationships
          {result.samples < result.nodes.length ? `; betweenness and closeness estimated from ${result.samples} searches` : ''}.
        </p>
      )}
    </section>
  );
}

function MetricLegend({ analysis, metric, kind }: { analysis: CanvasAnalysis; metric: MetricKey; kind: 'size' | 'color' }) {
  const { result } = analysis;
  if (!result) return null;
  const r = rangeOf(result.scores[metric]);
  const step = (r.max - r.min) / METRIC_COLORS.length;
  return (
    <div className="metric-legend" data-testid={`${kind}-legend`}>
      {kind === 'color' ? (
        <ul className="legend-list">
          {METRIC_COLORS.map((c, i) => (
            <li key={c}>
              <span className="swatch" style={{ background: c }} /> {formatScore(metric, r.min + i * step)}–{formatScore(metric, r.min + (i + 1) * step)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="size-legend">
          <span className="dot" style={{ width: SIZE_RANGE.min / 2, height: SIZE_RANGE.min / 2 }} /> {formatScore(metric, r.min)}
          <span className="dot" style={{ width: SIZE_RANGE.max / 2, height: SIZE_RANGE.max / 2 }} /> {formatScore(metric, r.max)}
        </p>
      )}
    </div>
  );
}

function Communities({ analysis }: { analysis: CanvasAnalysis }) {
  const { view, result } = analysis;
  const [draft, setDraft] = useState('');
  if (!result || (view.colorBy !== 'louvain' && view.colorBy !== 'components')) return null;
  const partition = result.partitions[view.colorBy];
  const selected = view.selectedCommunity === null ? null : partition.members[view.selectedCommunity];
  const label = (members: string[], i: number) => nameOf(members, view.named) ?? `${view.colorBy === 'louvain' ? 'Community' : 'Part'} ${i + 1}`;
  return (
    <div className="communities" data-testid="communities">
      <ul className="community-list">
        {partition.members.map((members, i) => (
          <li key={i}>
            <button
              type="button"
              className={view.selectedCommunity === i ? 'community selected' : 'community'}
              data-testid="community"
              data-index={i}
              data-size={members.length}
              aria-pressed={view.selectedCommunity === i}
              onClick={() => {
                analysis.dispatch({ type: 'select-community', index: view.selectedCommunity === i ? null : i });
                setDraft(nameOf(members, view.named) ?? '');
              }}
            >
              <span className="swatch" style={{ background: communityColor(i) }} /> {label(members, i)} <span className="muted">({members.length})</span>
            </button>
          </li>
        ))}
      </ul>
      {partition.members.length > COMMUNITY_COLORS.length && (
        <p className="muted small">
          <span className="swatch" style={{ background: OTHER_COMMUNITY_COLOR }} /> past the {COMMUNITY_COLORS.length}th: one colour
        </p>
      )}
      {selected && (
        <form
          className="analysis-row"
          onSubmit={(e) => {
            e.preventDefault();
            analysis.dispatch({ type: 'name-community', name: draft, members: selected });
          }}
        >
          <input aria-label="Community name" data-testid="community-name" value={draft} placeholder="Name this community" onChange={(e) => setDraft(e.target.value)} />
          <button type="submit" data-testid="community-save">
            Name
          </button>
        </form>
      )}
    </div>
  );
}

function Styling({ analysis }: { analysis: CanvasAnalysis }) {
  const { view } = analysis;
  return (
    <section className="panel-section" data-testid="analysis-style">
      <h2>Size and colour</h2>
      <label className="analysis-row">
        Size by
        <select
          data-testid="size-by"
          value={view.sizeBy ?? ''}
          onChange={(e) => analysis.dispatch({ type: 'size-by', metric: (e.target.value || null) as MetricKey | null })}
        >
          <option value="">Same size</option>
          <MetricOptions />
        </select>
      </label>
      {view.sizeBy && <MetricLegend analysis={analysis} metric={view.sizeBy} kind="size" />}
      <label className="analysis-row">
        Colour by
        <select data-testid="color-by" value={view.colorBy} onChange={(e) => analysis.dispatch({ type: 'color-by', colorBy: e.target.value as ColorBy })}>
          <option value="kind">Kind (legend on the left)</option>
          {PARTITIONS.map((p) => (
            <option key={p} value={p}>
              {PARTITION_LABELS[p]}
            </option>
          ))}
          <MetricOptions />
        </select>
      </label>
      {view.colorBy !== 'kind' && view.colorBy !== 'louvain' && view.colorBy !== 'components' && (
        <MetricLegend analysis={analysis} metric={view.colorBy} kind="color" />
      )}
      <Communities analysis={analysis} />
    </section>
  );
}

function FocusAndInterlocks({ analysis }: { analysis: CanvasAnalysis }) {
  const ex = useExplorer();
  const cache = useGraphCache();
  const name = useName();
  const { view } = analysis;
  const selectedNode = ex.state.selected?.kind === 'node' ? ex.state.selected.id : null;
  const shared = useMemo(
    () => interlocks(view.picked, analysis.graph.edges, (id) => cache.entities.get(id)?.kind),
    [view.picked, analysis.graph.edges, cache],
  );
  return (
    <section className="panel-section" data-testid="focus">
      <h2>Focus and interlocks</h2>
      <div className="analysis-row">
        <button
          type="button"
          data-testid="focus-pick"
          disabled={!selectedNode || view.picked.includes(selectedNode)}
          onClick={() => selectedNode && analysis.dispatch({ type: 'pick', ids: [selectedNode] })}
        >
          Pick the selected entity
        </button>
      </div>
      {view.picked.length === 0 && <p className="muted small">Select an entity on the canvas, then pick it.</p>}
      <ul className="chips" data-testid="picked">
        {view.picked.map((id) => (
          <li key={id} data-entity-id={id}>
            {name(id)}
            <button type="button" aria-label={`Remove ${name(id)}`} onClick={() => analysis.dispatch({ type: 'unpick', id })}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="analysis-row" role="group" aria-label="Focus steps">
        Show within
        {([1, 2, 3] as const).map((n) => (
          <button
            key={n}
            type="button"
            data-testid={`focus-${n}`}
            aria-pressed={view.focusSteps === n}
            disabled={view.picked.length === 0}
            onClick={() => analysis.dispatch({ type: 'focus', steps: view.focusSteps === n ? null : n })}
          >
            {n}
          </button>
        ))}
        {stepsNote(view.focusSteps)}
      </div>
      {view.picked.length >= 2 && (
        <div data-testid="interlocks">
          <h3>Shared by all {view.picked.length}</h3>
          {shared.length === 0 ? (
            <p className="muted small" data-testid="no-interlocks">
              No organization, event or claim on the canvas links to all of them.
            </p>
          ) : (
            <ul className="ranked-list">
              {shared.map((id) => (
                <li key={id} data-testid="interlock" data-entity-id={id}>
                  <button type="button" className="link" onClick={() => ex.dispatch({ type: 'select', selection: { kind: 'node', id } })}>
                    {name(id)}
                  </button>
                  <span className="muted">{cache.entities.get(id)?.kind.toLowerCase()}</span>
                </li>
              ))}
            </ul>
          )}
          <button
            type="button"
            data-testid="interlocks-highlight"
            disabled={shared.length === 0}
            onClick={() => ex.dispatch({ type: 'highlight/set', nodeIds: [...view.picked, ...shared], edgeIds: [] })}
          >
            Highlight them
          </button>
        </div>
      )}
    </section>
  );
}

const stepsNote = (steps: number | null) => (steps === null ? <span className="muted small">(off)</span> : <span className="muted small">{steps === 1 ? 'step' : 'steps'}</span>);

function Evidence({ analysis }: { analysis: CanvasAnalysis }) {
  const ex = useExplorer();
  const name = useName();
  const { evidence } = analysis.view;
  const set = (patch: Partial<typeof evidence>) => analysis.dispatch({ type: 'evidence', patch });
  const selectedNode = ex.state.selected?.kind === 'node' ? ex.state.selected.id : null;
  const share = selectedNode ? singleSourceShare(selectedNode, analysis.base.edges) : null;
  return (
    <section className="panel-section" data-testid="evidence">
      <h2>Weight of evidence</h2>
      <label className="check">
        <input type="checkbox" data-testid="evidence-width" checked={evidence.widthBySources} onChange={(e) => set({ widthBySources: e.target.checked })} /> Line
        thickness by independent sources
      </label>
      <label className="analysis-row">
        At least
        <input
          type="number"
          min={1}
          max={20}
          data-testid="evidence-min"
          value={evidence.minSources}
          onChange={(e) => set({ minSources: Number(e.target.value) })}
        />
        sources
      </label>
      <label className="check">
        <input type="checkbox" data-testid="evidence-single" checked={evidence.singleSourceOnly} onChange={(e) => set({ singleSourceOnly: e.target.checked })} />{' '}
        Single-source relationships only
      </label>
      <label className="check">
        <input type="checkbox" data-testid="evidence-disputed" checked={evidence.disputedOnly} onChange={(e) => set({ disputedOnly: e.target.checked })} /> Disputed
        relationships only
      </label>
      {share && selectedNode && (
        <p data-testid="evidence-share" data-single={share.single} data-total={share.total}>
          {name(selectedNode)}: {share.single} of {share.total} relationships on the canvas rest on one source
          {share.total > 0 ? ` (${Math.round((100 * share.single) / share.total)}%)` : ''}.
        </p>
      )}
    </section>
  );
}

export function AnalysisPanel({ analysis }: { analysis: CanvasAnalysis }) {
  return (
    <aside className="analysis-panel" aria-label="Analysis" data-testid="analysis-panel">
      <WhoMattersMost />
      <RankedTable analysis={analysis} />
      <Styling analysis={analysis} />
      <FocusAndInterlocks analysis={analysis} />
      <Evidence analysis={analysis} />
    </aside>
  );
}

/** One option per canvas metric, for each of the panel's metric pickers. */
function MetricOptions() {
  return METRIC_KEYS.map((m) => (
    <option key={m} value={m}>
      {METRIC_LABELS[m]}
    </option>
  ));
}
