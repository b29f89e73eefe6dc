// Exports what the canvas shows: PNG and SVG sheets with legend and numbered sources, and the view as JSON. Exports are
// redacted for publication unless the user unticks the box: restricted entities and sources are not named. The canvas
// caches edges lean, so the visible edges' full evidence (citations, sources) is fetched before composing.
import { useState } from 'react';
import { graphCache } from '../../api/cache.ts';
import { fetchEdges } from '../../api/queries.ts';
import { isFullEdge } from '../../api/types.ts';
import { useExplorer } from '../../state/explorer-context.ts';
import { numberSources } from './bibliography.ts';
import { composePng } from './compose-png.ts';
import { composeSvg, svgSize } from './compose-svg.ts';
import { downloadBlob } from './download.ts';
import { redactedLabels, redactView, type ExportView } from './redact-for-export.ts';
import { layoutSheet } from './sheet-layout.ts';
import { viewToJson } from './view-json.ts';

const TITLE = 'Actornet: network diagram';

function stamp(): string {
  return new Date().toISOString().slice(0, 19).replaceAll(':', '-');
}

export function ExportPanel() {
  const ex = useExplorer();
  const [scale, setScale] = useState(2);
  const [busy, setBusy] = useState(false);
  const [redact, setRedact] = useState(true);

  const visible = async (): Promise<ExportView | null> => {
    const graph = ex.graph();
    if (!graph) return null;
    const edgeIds = graph.visibleEdgeIds();
    const cached = graphCache.get().edges;
    const lean = edgeIds.filter((id) => {
      const e = cached.get(id);
      return e !== undefined && !isFullEdge(e);
    });
    if (lean.length > 0) await fetchEdges(lean);
    const { entities, edges } = graphCache.get();
    return {
      nodes: graph.visibleNodeIds().flatMap((id) => entities.get(id) ?? []),
      edges: edgeIds.flatMap((id) => {
        const e = edges.get(id);
        return e && isFullEdge(e) ? [e] : [];
      }),
    };
  };

  const run = async (kind: 'png' | 'svg' | 'json') => {
    const graph = ex.graph();
    if (!graph) return;
    setBusy(true);
    try {
      const shown = await visible();
      if (!shown) return;
      const view = redact ? redactView(shown) : shown;
      const labels = redact ? redactedLabels(shown.nodes) : new Map<string, string>();
      const sources = numberSources(view.edges).entries;
      if (kind === 'png') {
        const image = await createImageBitmap(graph.withNodeLabels(labels, () => graph.png(scale)));
        const sheet = layoutSheet({ title: TITLE, graphWidth: image.width / scale, graphHeight: image.height / scale, sources });
        downloadBlob(await composePng(image, sheet, scale), `actornet-${stamp()}@${scale}x.png`);
      } else if (kind === 'svg') {
        const graphSvg = graph.withNodeLabels(labels, () => graph.svg(1));
        const size = svgSize(graphSvg);
        const sheet = layoutSheet({ title: TITLE, graphWidth: size.width, graphHeight: size.height, sources });
        downloadBlob(new Blob([composeSvg(graphSvg, sheet, scale)], { type: 'image/svg+xml' }), `actornet-${stamp()}.svg`);
      } else {
        downloadBlob(new Blob([viewToJson(view.nodes, view.edges, new Date().toISOString())], { type: 'application/json' }), `actornet-view-${stamp()}.json`);
      }
    } catch (e) {
      ex.notify(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const empty = ex.state.nodeIds.length === 0;
  return (
    <section className="panel-section" data-testid="export">
      <h2>Export</h2>
      <div className="row">
        <label>
          Scale{' '}
          <select data-testid="export-scale" value={scale} onChange={(e) => setScale(Number(e.target.value))}>
            <option value={2}>2×</option>
            <option value={4}>4×</option>
          </select>
        </label>
        <button type="button" data-testid="export-png" disabled={empty || busy} onClick={() => void run('png')}>
          PNG
        </button>
        <button type="button" data-testid="export-svg" disabled={empty || busy} onClick={() => void run('svg')}>
          SVG
        </button>
        <button type="button" data-testid="export-json" disabled={empty || busy} onClick={() => void run('json')}>
          JSON
        </button>
      </div>
      <label className="chip">
        <input type="checkbox" data-testid="export-redact" checked={redact} onChange={(e) => setRedact(e.target.checked)} />
        Redact restricted entities and sources
      </label>
    </section>
  );
}
