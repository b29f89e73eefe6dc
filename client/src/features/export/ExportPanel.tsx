// Exports what the canvas shows: PNG and SVG sheets with legend and numbered sources, and the view as JSON; and the
// server's standard formats of the graph or the open map. Exports are for publication unless the user unticks the
// box: the server then answers as it would a viewer without restricted access, so nothing it hides is named.
import { useState } from 'react';
import { useExplorer } from '../../state/explorer-context.ts';
import { numberSources } from './bibliography.ts';
import { composePng } from './compose-png.ts';
import { composeSvg, svgSize } from './compose-svg.ts';
import { downloadBlob } from './download.ts';
import { exportUrl, fetchExportView, redactedLabels, type ExportView } from './export-view.ts';
import { layoutSheet } from './sheet-layout.ts';
import { viewToJson } from './view-json.ts';

const TITLE = 'Actornet: network diagram';
const FORMAT_LABELS = { gexf: 'GEXF', graphml: 'GraphML', csv: 'CSV', json: 'JSON', ftm: 'FtM' } as const;

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
    return fetchExportView(graph.visibleNodeIds(), graph.visibleEdgeIds(), redact ? 'public' : 'full');
  };

  const run = async (kind: 'png' | 'svg' | 'json') => {
    const graph = ex.graph();
    if (!graph) return;
    setBusy(true);
    try {
      const view = await visible();
      if (!view) return;
      const labels = redactedLabels(view.nodes);
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
      <div className="row" data-testid="export-formats">
        <span>{ex.state.mapId ? 'This map' : 'Whole graph'}:</span>
        {(['gexf', 'graphml', 'csv', 'json', 'ftm'] as const).map((f) => (
          <a key={f} className="button" data-testid={`export-${f}-file`} href={exportUrl(f, ex.state.mapId, redact ? 'public' : 'full')} download>
            {FORMAT_LABELS[f]}
          </a>
        ))}
      </div>
      {!redact && <p className="hint" data-testid="export-full-warning">Full export: includes restricted records. Only for readers with restricted access.</p>}
    </section>
  );
}
