// The timeline under the canvas: dated relationships on the canvas as a histogram by year or month. Click a bar to
// keep only its period, shift-click or drag to widen the window; undated relationships can be hidden. Entities left
// without a visible relationship are dimmed on the canvas, and the number of hidden relationships is shown.
import { useRef } from 'react';
import { histogram, isDated } from './timeline.ts';
import type { CanvasAnalysis } from './use-analysis.ts';

export function TimelineStrip({ analysis }: { analysis: CanvasAnalysis }) {
  const { timeline } = analysis.view;
  const set = (patch: Partial<typeof timeline>) => analysis.dispatch({ type: 'timeline', patch });
  const bins = histogram(analysis.base.edges, timeline.unit);
  const undated = analysis.base.edges.filter((e) => !isDated(e)).length;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const index = (key: string | null) => (key === null ? -1 : bins.findIndex((b) => b.key === key));
  const [lo, hi] = [index(timeline.from), index(timeline.to)];
  const dragFrom = useRef<number | null>(null);
  const brush = (a: number, b: number) => set({ from: bins[Math.min(a, b)]!.key, to: bins[Math.max(a, b)]!.key });
  const inWindow = (i: number) => (timeline.from === null && timeline.to === null) || (i >= lo && i <= hi);

  return (
    <section className="timeline-strip" aria-label="Timeline" data-testid="timeline">
      <div className="timeline-controls">
        <strong>Timeline</strong>
        <div role="group" aria-label="Bin by">
          {(['year', 'month'] as const).map((u) => (
            <button key={u} type="button" data-testid={`timeline-${u}`} aria-pressed={timeline.unit === u} onClick={() => set({ unit: u, from: null, to: null })}>
              {u === 'year' ? 'Years' : 'Months'}
            </button>
          ))}
        </div>
        <label className="check">
          <input type="checkbox" data-testid="timeline-undated" checked={timeline.showUndated} onChange={(e) => set({ showUndated: e.target.checked })} /> Show{' '}
          {undated} undated
        </label>
        {(timeline.from !== null || timeline.to !== null) && (
          <button type="button" data-testid="timeline-clear" onClick={() => set({ from: null, to: null })}>
            Clear window
          </button>
        )}
        <span className="muted" data-testid="timeline-hidden" data-hidden={analysis.graph.hiddenEdges}>
          {analysis.graph.hiddenEdges === 0 ? 'All relationships shown' : `${analysis.graph.hiddenEdges} relationships hidden`}
          {analysis.graph.stranded.length > 0 ? `; ${analysis.graph.stranded.length} entities dimmed` : ''}
        </span>
      </div>
      {bins.length === 0 ? (
        <p className="muted small" data-testid="timeline-empty">
          No dated relationships on the canvas.
        </p>
      ) : (
        <div className="timeline-bars" onPointerLeave={() => (dragFrom.current = null)} onPointerUp={() => (dragFrom.current = null)}>
          {bins.map((b, i) => (
            <button
              key={b.key}
              type="button"
              className={inWindow(i) ? 'bar in-window' : 'bar'}
              data-testid="timeline-bar"
              data-key={b.key}
              data-count={b.count}
              title={`${b.label}: ${b.count} relationship${b.count === 1 ? '' : 's'}`}
              onPointerDown={(e) => {
                if (e.shiftKey && lo >= 0) brush(lo, i);
                else brush(i, i);
                dragFrom.current = e.shiftKey && lo >= 0 ? lo : i;
              }}
              onPointerEnter={() => dragFrom.current !== null && brush(dragFrom.current, i)}
            >
              <span className="fill" style={{ height: `${(100 * b.count) / max}%` }} />
              <span className="bar-label">{b.label}</span>
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
