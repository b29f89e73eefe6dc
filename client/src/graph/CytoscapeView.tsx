// The one owner of the Cytoscape instance: created once on mount, destroyed on unmount. Everything else reaches it
// through the use-cy-* hooks below (state in) and the GraphHandle (exports, snapshots out).
import { useEffect, useMemo, useRef, useState } from 'react';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { Selection } from '../state/url-state.ts';
import { createCanvas } from './create-canvas.ts';
import { budgetEdges, EDGE_BUDGET, setThinned } from './edge-budget.ts';
import { createGraphHandle, type GraphHandle } from './graph-handle.ts';
import type { LayoutName } from './layouts.ts';
import type { Point } from './ring-placement.ts';
import { shownElements } from './shown.ts';
import { useCyClass } from './use-cy-class.ts';
import { useCyData } from './use-cy-data.ts';
import { useCyElements } from './use-cy-elements.ts';
import { useCyEvents, type CanvasHandlers } from './use-cy-events.ts';
import { useCyLayout } from './use-cy-layout.ts';
import { useCyPinned } from './use-cy-pinned.ts';
import { useCyKeyboard } from './use-cy-keyboard.ts';
import { useCyReadability } from './use-cy-readability.ts';
import { useCySelection } from './use-cy-selection.ts';
import { useCyStats } from './use-cy-stats.ts';

cytoscape.use(fcose);

const NONE: string[] = [];
const NO_DATA = new Map<string, Record<string, number | string>>();
cytoscape.use(svg);

export interface CytoscapeViewProps extends CanvasHandlers {
  elements: ElementDefinition[];
  anchor: string | null;
  restore: { version: number; positions: Record<string, Point> };
  hidden: string[];
  filteredOut: string[];
  pinned: string[];
  highlighted: string[];
  pickSource: string[];
  layout: LayoutName;
  layoutRun: number;
  selected: Selection | null;
  /** Drawn faded (the analysis dims entities left without a visible relationship). */
  dimmed?: string[];
  /** Per-element data the stylesheet maps to size, colour and line width. */
  elementData?: ReadonlyMap<string, Record<string, number | string>>;
  onReady(handle: GraphHandle | null): void;
}

export function CytoscapeView(props: CytoscapeViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const onReady = useRef(props.onReady);

  useEffect(() => {
    const instance = createCanvas(container.current);
    setCy(instance);
    onReady.current(createGraphHandle(instance));
    // Cytoscape only notices window resizes; side panels opening and closing resize the canvas too. Panning by half
    // the change keeps what was in the middle of the canvas in the middle.
    let size = { w: container.current?.clientWidth ?? 0, h: container.current?.clientHeight ?? 0 };
    // A side panel opening must not crop the graph: when everything was in view before, it is fitted again after.
    const allInView = () => {
      const shown = shownElements(instance);
      if (shown.empty()) return true;
      const bb = shown.boundingBox({});
      const ex = instance.extent();
      return bb.x1 >= ex.x1 && bb.x2 <= ex.x2 && bb.y1 >= ex.y1 && bb.y2 <= ex.y2;
    };
    const resize = new ResizeObserver(() => {
      const next = { w: container.current?.clientWidth ?? 0, h: container.current?.clientHeight ?? 0 };
      const wasInView = allInView();
      instance.resize();
      instance.panBy({ x: (next.w - size.w) / 2, y: (next.h - size.h) / 2 });
      if (wasInView && !allInView()) instance.fit(shownElements(instance), 40);
      size = next;
    });
    if (container.current) resize.observe(container.current);
    return () => {
      resize.disconnect();
      onReady.current(null);
      instance.destroy();
    };
  }, []);

  const [allEdges, setAllEdges] = useState(false);
  const notShown = useMemo(() => new Set([...props.hidden, ...props.filteredOut]), [props.hidden, props.filteredOut]);
  const selectedNode = props.selected?.kind === 'node' ? props.selected.id : null;
  // The selected entity and the one just expanded draw all of their relationships, whatever the budget.
  const drawnBefore = useRef<ReadonlySet<string>>(new Set());
  const drawn = useMemo(() => {
    const keep = new Set([selectedNode, props.anchor].filter((id): id is string => id !== null));
    const result = budgetEdges(props.elements, { budget: allEdges ? Infinity : EDGE_BUDGET, notShown, keep, drawnBefore: drawnBefore.current });
    drawnBefore.current = new Set(result.thinned.length > 0 ? result.elements.filter((d) => d.group === 'edges').map((d) => String(d.data.id)) : []);
    return result;
  }, [props.elements, allEdges, notShown, selectedNode, props.anchor]);
  const { elements } = drawn;
  useEffect(() => {
    if (!cy) return;
    setThinned(cy, drawn.thinned);
    // Like the drawn counts (use-cy-stats): what the budget leaves out shows on the container for tests.
    cy.container()?.setAttribute('data-thinned-edges', String(drawn.thinned.length));
  }, [cy, drawn]);
  const arrived = useCyElements(cy, elements, props.anchor, props.restore, props.layout);
  const epoch = useMemo(() => ({ elements, arrived }), [elements, arrived]);
  useCyClass(cy, props.hidden, 'user-hidden', epoch);
  useCyClass(cy, props.filteredOut, 'filtered-out', epoch);
  useCyClass(cy, props.highlighted, 'path-hl', epoch);
  useCyClass(cy, props.pickSource, 'picking-source', epoch);
  useCyClass(cy, props.dimmed ?? NONE, 'analysis-dimmed', epoch);
  useCyData(cy, props.elementData ?? NO_DATA, epoch);
  useCyPinned(cy, props.pinned, epoch);
  useCyLayout(cy, props.layout, props.layoutRun);
  useCySelection(cy, props.selected, epoch);
  useCyEvents(cy, props);
  useCyStats(cy, epoch, props.hidden, props.filteredOut);
  useCyReadability(cy);
  const announcement = useCyKeyboard(cy, container, props.onTapNode);

  return (
    <>
      <div
        ref={container}
        id="canvas"
        className="canvas"
        data-testid="canvas"
        tabIndex={0}
        role="application"
        aria-roledescription="graph canvas"
        aria-label="Graph canvas. Arrow keys move between entities, Enter opens the focused one."
      />
      {(drawn.thinned.length > 0 || (allEdges && drawn.total > EDGE_BUDGET)) && (
        <div className="edge-budget" role="status" data-testid="edge-budget">
          {drawn.thinned.length > 0 ? (
            <>
              Showing {(drawn.total - drawn.thinned.length).toLocaleString('en')} of {drawn.total.toLocaleString('en')} relationships; select an
              entity to draw all of its own.{' '}
              <button type="button" data-testid="edge-budget-all" onClick={() => setAllEdges(true)}>
                Show all
              </button>
            </>
          ) : (
            <>
              Showing all {drawn.total.toLocaleString('en')} relationships; a view this dense draws slowly.{' '}
              <button type="button" data-testid="edge-budget-fewer" onClick={() => setAllEdges(false)}>
                Draw fewer
              </button>
            </>
          )}
        </div>
      )}
      <div className="sr-only" aria-live="polite" data-testid="canvas-announcement">
        {announcement}
      </div>
    </>
  );
}
