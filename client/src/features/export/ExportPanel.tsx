// Exports what the canvas shows: PNG, SVG and PDF sheets (title, caption, date, filter note, legend, the open map's
// numbered notes, numbered sources with the numbers on the relationships) and the view as JSON; and links the server's
// standard formats of the graph or the open map. Exports are for publication unless the user unticks the box: what
// they draw is read from the server as a viewer without restricted access reads it, so nothing the server withholds
// is named.
import { useState } from 'react';
import { useExplorer } from '../../state/explorer-context.ts';
import { numberSources } from './bibliography.ts';
import { composePng } from './compose-png.ts';
import { composeSvg, svgSize } from './compose-svg.ts';
import { downloadBlob } from './download.ts';
import { PUBLIC_AUDIENCE_HEADERS, exportUrl, fetchExportView, redactedLabels, type ExportView } from './export-view.ts';
import { mapNotes } from '../maps/map-notes.ts';
import { fetchMap, type SavedMap } from '../maps/maps-api.ts';
import { composePdf, type Paper } from './compose-pdf.ts';
import { describeFilters, labelsWithSources, shownStyles, type SheetContent } from './sheet-facts.ts';
import { layoutSheet } from './sheet-layout.ts';
import { sheetNotes } from './sheet-notes.ts';
import { viewToJson } from './view-json.ts';

const TITLE = 'Actornet: network diagram';
const FORMAT_LABELS = { gexf: 'GEXF', graphml: 'GraphML', csv: 'CSV', json: 'JSON', ftm: 'FtM' } as const;

function stamp(): string {
  return new Date().toISOString().slice(0, 19).replaceAll(':', '-');
}

export function ExportPanel() {
  const ex = useExplorer();
  const [scale, setScale] = useState(2);
  const [paper, setPaper] = useState<Paper>('a4');
  const [busy, setBusy] = useState(false);
  const [redact, setRedact] = useState(true);

  const visible = async (): Promise<ExportView | null> => {
    const graph = ex.graph();
    if (!graph) return null;
    return fetchExportView(graph.visibleNodeIds(), graph.visibleEdgeIds(), redact ? 'public' : 'full');
  };

  /**
   * The open map as the export's audience reads it: its title, caption and notes (the server blanks a note it may not
   * show). Null when no map is open, or it is deleted.
   */
  const openMap = async (): Promise<SavedMap | null> => {
    const map = ex.state.mapId ? await fetchMap(ex.state.mapId, redact ? PUBLIC_AUDIENCE_HEADERS : {}).catch(() => null) : null;
    return map && !map.deletedAt ? map : null;
  };

  /** Whether the notes being edited differ from the saved ones the sheet carries. */
  const unsavedNotes = (map: SavedMap | null) => {
    const key = (notes: readonly { text: string; target: string; targetId?: string | null }[]) => JSON.stringify(notes.map((n) => [n.text, n.target, n.targetId ?? null]));
    return mapNotes().length > 0 && (!map || (!map.redacted && key(mapNotes()) !== key(map.annotations)));
  };

  const run = async (kind: 'png' | 'svg' | 'pdf' | 'json') => {
    const graph = ex.graph();
    if (!graph) return;
    setBusy(true);
    try {
      const view = await visible();
      if (!view) return;
      const bibliography = numberSources(view.edges);
      // Withheld names as the server gave them, and each relationship's source numbers on its label.
      const map = await openMap();
      // The notes' numbers join the labels of what they are pinned to.
      const { labels, notes } = sheetNotes(
        map?.annotations ?? [],
        view,
        new Map([...redactedLabels(view.nodes), ...labelsWithSources(view.edges, bibliography, ex.typeLabels)]),
        ex.typeLabels,
      );
      if (kind !== 'json' && unsavedNotes(map)) ex.notify('The sheet carries the notes of the map as saved; save the map to include your latest notes.');
      const sources = bibliography.entries;
      const { title, caption } = map ? { title: map.title, caption: map.caption } : { title: TITLE, caption: null };
      const content: SheetContent = {
        title,
        caption,
        dateLine: `Exported ${new Date().toISOString().slice(0, 10)} · ${redact ? 'redacted for publication: no restricted record is named' : 'FULL EXPORT: includes restricted records'}`,
        filterNote: describeFilters(ex.state.filters, ex.typeLabels, ex.state.hidden.length),
        ...shownStyles(view.nodes, view.edges),
      };
      if (kind === 'png') {
        const image = await createImageBitmap(graph.withNodeLabels(labels, () => graph.png(scale)));
        const sheet = layoutSheet({ ...content, graphWidth: image.width / scale, graphHeight: image.height / scale, sources, notes });
        downloadBlob(await composePng(image, sheet, scale), `actornet-${stamp()}@${scale}x.png`);
      } else if (kind === 'svg' || kind === 'pdf') {
        const graphSvg = graph.withNodeLabels(labels, () => graph.svg(1));
        const size = svgSize(graphSvg);
        const sheet = layoutSheet({ ...content, graphWidth: size.width, graphHeight: size.height, sources, notes });
        if (kind === 'svg') downloadBlob(new Blob([composeSvg(graphSvg, sheet, scale)], { type: 'image/svg+xml' }), `actornet-${stamp()}.svg`);
        else downloadBlob(await composePdf(graphSvg, sheet, paper, title), `actornet-${stamp()}-${paper}.pdf`);
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
        <select aria-label="Paper" data-testid="export-paper" value={paper} onChange={(e) => setPaper(e.target.value === 'letter' ? 'letter' : 'a4')}>
          <option value="a4">A4</option>
          <option value="letter">Letter</option>
        </select>
        <button type="button" data-testid="export-pdf" disabled={empty || busy} onClick={() => void run('pdf')}>
          PDF
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
