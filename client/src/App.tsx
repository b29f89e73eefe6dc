// The page: header with search, left tools panel, the canvas, right details/editor panel. App owns the UI reducer and
// defines the view operations every feature calls; those that enter the undo history run as canvas commands.
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { RELATIONSHIP_TYPES } from '../../server/src/domain/shared/vocabulary.ts';
import { useGraphCache } from './api/cache.ts';
import { fetchNeighborhood, fetchPaths, fetchRelationshipTypes } from './api/queries.ts';
import type { ApiEntity, RelationshipTypeInfo } from './api/types.ts';
import { CytoscapeView } from './graph/CytoscapeView.tsx';
import type { GraphHandle } from './graph/graph-handle.ts';
import { edgesBetween, toElements } from './graph/to-elements.ts';
import { AnalysisPanel } from './features/analysis/AnalysisPanel.tsx';
import { TimelineStrip } from './features/analysis/TimelineStrip.tsx';
import { useAnalysis, type CanvasAnalysis } from './features/analysis/use-analysis.ts';
import { useAccess } from './features/access/access.ts';
import { AccountBar, PreviewBanner } from './features/access/AccountBar.tsx';
import { DetailsPanel } from './features/details-panel/DetailsPanel.tsx';
import { EdgeForm } from './features/editor/EdgeForm.tsx';
import { EntityForm } from './features/editor/EntityForm.tsx';
import { ExportPanel } from './features/export/ExportPanel.tsx';
import { FiltersPanel } from './features/filters/FiltersPanel.tsx';
import { createCommandRunner } from './features/history/command-runner.ts';
import { useHistoryKeys } from './features/history/use-history-keys.ts';
import { HistoryButtons } from './features/history/HistoryButtons.tsx';
import { ImportPanel } from './features/import/ImportPanel.tsx';
import { LayoutPanel } from './features/layouts/LayoutPanel.tsx';
import { MapsPanel } from './features/maps/MapsPanel.tsx';
import { MapNotesOverlay } from './features/maps/MapNotesOverlay.tsx';
import { Legend } from './features/legend/Legend.tsx';
import { CanvasOutline } from './features/outline/CanvasOutline.tsx';
import { PathFinder } from './features/path-finder/PathFinder.tsx';
import { PathResults } from './features/path-finder/PathResults.tsx';
import { useCompleteCanvas } from './features/corrections/use-complete-canvas.ts';
import { useEscapeCloses } from './features/corrections/use-escape-closes.ts';
import { SearchBox } from './features/search/SearchBox.tsx';
import { ExplorerContext, type Explorer } from './state/explorer-context.ts';
import { edgePasses, nodePasses, toEdgeFilter } from './state/filters.ts';
import { initialUiState, uiReducer } from './state/ui-state.ts';
import { decodeUrlState, encodeUrlState } from './state/url-state.ts';

const upper = (kinds: readonly string[]) => kinds.map((k) => k.toUpperCase() as RelationshipTypeInfo['from'][number]);
const FALLBACK_TYPES: RelationshipTypeInfo[] = Object.entries(RELATIONSHIP_TYPES).map(([name, t]) => ({ name, label: t.label, from: upper(t.from), to: upper(t.to) }));

export function App() {
  const [state, dispatch] = useReducer(uiReducer, undefined, () => initialUiState(decodeUrlState(window.location.search)));
  const cache = useGraphCache();
  const access = useAccess();
  const graphRef = useRef<GraphHandle | null>(null);
  const analysisRef = useRef<CanvasAnalysis | null>(null);
  // The analysis column and timeline take canvas room, so they open on request.
  const [analysisOpen, setAnalysisOpen] = useState(false);
  const [relationshipTypes, setRelationshipTypes] = useState<RelationshipTypeInfo[]>(FALLBACK_TYPES);
  const [notice, setNotice] = useState<string | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    fetchRelationshipTypes()
      .then((types) => types.length > 0 && setRelationshipTypes(types))
      .catch(() => setNotice('Could not load relationship types; using the built-in list.'));
    const initial = stateRef.current.nodeIds;
    if (initial.length > 0) {
      fetchNeighborhood(initial.slice(0, 100), 1, toEdgeFilter(stateRef.current.filters)).catch((e: unknown) => setNotice(`Could not restore the view: ${e instanceof Error ? e.message : String(e)}`));
    }
  }, []);

  useEffect(() => {
    const query = encodeUrlState(state);
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
  }, [state]);

  // The one way a canvas operation enters the undo history: the runner takes the snapshot (positions included) itself.
  const commands = useMemo(
    () => createCommandRunner({ dispatch, state: () => stateRef.current, positions: () => graphRef.current?.positions() ?? {} }),
    [],
  );

  const typeLabels = useMemo(() => new Map(relationshipTypes.map((t) => [t.name, t.label])), [relationshipTypes]);

  const explorer: Explorer = useMemo(() => {
    const fail = (what: string) => (e: unknown) => setNotice(`${what}: ${e instanceof Error ? e.message : String(e)}`);
    return {
      state,
      dispatch,
      relationshipTypes,
      typeLabels,
      graph: () => graphRef.current,
      notify: setNotice,
      async addToCanvas(id) {
        try {
          // The 1-hop neighbourhood brings the edges linking the new node to nodes already on the canvas.
          await fetchNeighborhood([id], 1, toEdgeFilter(stateRef.current.filters));
        } catch (e) {
          fail('Could not load its connections')(e);
        }
        commands.run('add', { ids: [id], anchor: null });
      },
      async expand(id) {
        try {
          const r = await fetchNeighborhood([id], 1, toEdgeFilter(stateRef.current.filters));
          commands.run('add', { ids: r.nodeIds, anchor: id });
          if (r.truncated) setNotice('This neighbourhood is large; only part of it was loaded.');
        } catch (e) {
          fail('Could not expand')(e);
        }
      },
      run: commands.run,
      undo: commands.undo,
      redo: commands.redo,
      setFilters: (filters) => dispatch({ type: 'filters/set', filters }),
      async findPaths(from, to, options = { maxHops: 4, first: 3 }) {
        const found = await fetchPaths(from, to, options.maxHops, toEdgeFilter(stateRef.current.filters), options.first);
        const nodeIds = [...new Set(found.flatMap((p) => p.nodes.map((n) => n.id)))];
        if (nodeIds.length > 0) commands.run('add', { ids: nodeIds, anchor: from });
        dispatch({ type: 'highlight/set', nodeIds, edgeIds: found.flatMap((p) => p.edges.map((e) => e.id)) });
        return found;
      },
      namedCommunities: () => analysisRef.current?.view.named ?? [],
      setNamedCommunities: (named) => analysisRef.current?.dispatch({ type: 'set-named', named }),
    };
  }, [state, relationshipTypes, typeLabels, commands]);

  useHistoryKeys(explorer.undo, explorer.redo);
  useCompleteCanvas(state.nodeIds, useMemo(() => toEdgeFilter(state.filters), [state.filters]), setNotice);
  useEscapeCloses(state.panel !== null || state.picking !== null, () => {
    if (state.picking) dispatch({ type: 'picking/set', target: null });
    else dispatch({ type: 'panel/open', panel: null });
  });

  const elements = useMemo(() => toElements(state.nodeIds, cache.entities, cache.edges, typeLabels), [state.nodeIds, cache, typeLabels]);
  const filteredOut = useMemo(() => {
    const out: string[] = [];
    for (const id of state.nodeIds) {
      const e = cache.entities.get(id);
      if (e && !nodePasses(e, state.filters)) out.push(id);
    }
    for (const edge of edgesBetween(state.nodeIds, cache.edges)) if (!edgePasses(edge, state.filters)) out.push(edge.id);
    return out;
  }, [state.nodeIds, state.filters, cache]);
  const notShown = useMemo(() => [...state.hidden, ...filteredOut], [state.hidden, filteredOut]);
  const analysis = useAnalysis(state.nodeIds, notShown, cache);
  analysisRef.current = analysis;
  const canvasFilteredOut = useMemo(() => [...filteredOut, ...analysis.graph.hidden], [filteredOut, analysis.graph.hidden]);

  const onPickNode = (id: string) => {
    const target = state.picking;
    if (target === 'edge-from' || target === 'edge-to') {
      dispatch({ type: 'edge-draft/set', [target === 'edge-from' ? 'from' : 'to']: id });
      dispatch({ type: 'picking/set', target: target === 'edge-from' && !state.edgeDraft.to ? 'edge-to' : null });
    } else if (target === 'path-from' || target === 'path-to') {
      dispatch({ type: 'path-ends/set', [target === 'path-from' ? 'from' : 'to']: id });
      dispatch({ type: 'picking/set', target: null });
    } else {
      dispatch({ type: 'select', selection: { kind: 'node', id } });
    }
  };

  const pickSource = state.picking === 'edge-to' && state.edgeDraft.from ? [state.edgeDraft.from] : [];

  return (
    <ExplorerContext.Provider value={explorer}>
      <div className="app">
        <a className="skip-link" href="#canvas" data-testid="skip-link">
          Skip to the graph
        </a>
        <header className="header">
          <h1 className="brand">Actornet</h1>
          <SearchBox
            testId="search"
            placeholder="Search people, organizations, events… (any script)"
            label="Search entities"
            onPick={(e: ApiEntity) => void explorer.addToCanvas(e.id)}
          />
          <div className="header-actions">
            <HistoryButtons />
            <button type="button" data-testid="analysis-toggle" aria-pressed={analysisOpen} onClick={() => setAnalysisOpen((o) => !o)}>
              Analysis
            </button>
            {access.mayWrite && (
              <>
                <button type="button" data-testid="new-entity" onClick={() => dispatch({ type: 'panel/open', panel: 'new-entity' })}>
                  + Entity
                </button>
                <button type="button" data-testid="new-edge" onClick={() => dispatch({ type: 'panel/open', panel: 'new-edge' })}>
                  + Relationship
                </button>
              </>
            )}
            <AccountBar />
          </div>
        </header>
        <PreviewBanner />
        <aside className="left-panel" aria-label="Tools">
          <FiltersPanel />
          <Legend />
          <PathFinder />
          <LayoutPanel />
          <MapsPanel />
          <ExportPanel />
          <ImportPanel />
          <CanvasOutline />
        </aside>
        <main className="canvas-wrap">
          <CytoscapeView
            elements={elements}
            anchor={state.anchor}
            restore={state.restore}
            hidden={state.hidden}
            filteredOut={canvasFilteredOut}
            dimmed={analysis.dimmed}
            elementData={analysis.style.data}
            pinned={state.pinned}
            highlighted={[...state.highlight.nodeIds, ...state.highlight.edgeIds]}
            pickSource={pickSource}
            layout={state.layout}
            layoutRun={state.layoutRun}
            selected={state.selected}
            onReady={(h) => (graphRef.current = h)}
            onTapNode={onPickNode}
            onTapEdge={(id) => dispatch({ type: 'select', selection: { kind: 'edge', id } })}
            onTapBackground={() => dispatch({ type: 'select', selection: null })}
            onExpandNode={(id) => void explorer.expand(id)}
          />
          <MapNotesOverlay />
          {state.nodeIds.length === 0 && (
            <div className="empty-hint" data-testid="empty-hint">
              Search for an organization, person or event to begin.
            </div>
          )}
          {state.picking && (
            <div className="picking-hint" role="status" data-testid="picking-hint">
              Click a node on the canvas to pick the {state.picking.endsWith('from') ? 'start' : 'end'}.
              <button type="button" onClick={() => dispatch({ type: 'picking/set', target: null })}>
                Cancel
              </button>
            </div>
          )}
          {notice && (
            <div className="notice" role="status" data-testid="notice">
              {notice}
              <button type="button" aria-label="Dismiss" onClick={() => setNotice(null)}>
                ×
              </button>
            </div>
          )}
        </main>
        {analysisOpen && <TimelineStrip analysis={analysis} />}
        {analysisOpen && <AnalysisPanel analysis={analysis} />}
        {state.panel && (
          <aside className="right-panel" aria-label="Details" data-testid="right-panel">
            <button type="button" className="close" aria-label="Close panel" onClick={() => dispatch({ type: 'panel/open', panel: null })}>
              ×
            </button>
            {state.panel === 'details' && <DetailsPanel />}
            {state.panel === 'new-entity' && <EntityForm />}
            {state.panel === 'new-edge' && <EdgeForm />}
            {state.panel === 'paths' && <PathResults />}
          </aside>
        )}
      </div>
    </ExplorerContext.Provider>
  );
}
