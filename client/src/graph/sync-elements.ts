// Brings the Cytoscape instance to an element list: removes what left, updates what changed, adds what is new.
// New nodes are placed without moving the ones already there: at saved positions, around the anchor (the node just
// expanded), or beside the current drawing; a batch of several nodes with no anchor and no saved positions gets a full
// layout instead. Large arrivals (a hub's whole neighbourhood) are laid out in the worker before they are drawn, and
// added and styled in slices across tasks while the canvas draws nothing (styled-fill.ts), then drawn once.
import type { Core, ElementDefinition, NodeSingular, SingularElementArgument } from 'cytoscape';
import { tuneForSize } from './large-graph.ts';
import type { LayoutName } from './layouts.ts';
import { ringPositions, type Point } from './ring-placement.ts';
import { cancelLayout, fitPositions, fitShown, layoutInWorker, layoutRequest, removeOverlaps, runLayout } from './run-layout.ts';
import { shownElements } from './shown.ts';
import { addStyled, startFill } from './styled-fill.ts';

/** From this many new elements the add is sliced across tasks. */
export const SLICE_ABOVE = 1500;
/** Elements per slice: each slice is added and styled in one task, about 25 ms at 500 on this kind of machine. */
const SLICE = 500;
/** From this many new unanchored nodes their layout is computed before they are drawn. */
const LAYOUT_FIRST_ABOVE = 250;

export interface SyncOptions {
  anchor: string | null;
  /** Saved positions (a map, an undo, a shared view): used as they are, never laid out again. */
  positions: Record<string, Point>;
  /** The saved positions are being restored now: nodes already on the canvas move to them too. */
  restoring: boolean;
  layout: LayoutName;
}

const pending = new WeakMap<Core, () => void>();

/** Stops a sliced add still in progress; the next sync adds what it had not added yet. */
function cancelPending(cy: Core): void {
  pending.get(cy)?.();
  pending.delete(cy);
}

interface Job {
  readonly cancelled: boolean;
  end(): void;
}

/** Registers a sliced add (or the layout before it) that the next sync cancels. */
function startJob(cy: Core): Job {
  const job = {
    cancelled: false,
    end: () => {
      if (pending.get(cy) === cancel) pending.delete(cy);
    },
  };
  const cancel = () => {
    job.cancelled = true;
  };
  pending.set(cy, cancel);
  return job;
}

/** Lets input and other tasks run between slices (no frame is drawn mid-fill, so waiting for one would only idle). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Resolves once every element is on the canvas and placed (a layout the sync started included), or when a newer sync
 * took over. `onSliced` is called when elements arrived in slices, so classes and data set meanwhile can be applied
 * to the late ones.
 */
export function syncElements(cy: Core, elements: readonly ElementDefinition[], options: SyncOptions, onSliced?: () => void): Promise<void> {
  cancelPending(cy);
  const wanted = new Set(elements.map((e) => String(e.data.id)));
  const anchored = anchorPoint(cy, options.anchor) !== null;
  const newNodes: ElementDefinition[] = [];
  const newEdges: ElementDefinition[] = [];

  cy.batch(() => {
    // One removal of everything that left: removing one element at a time walks its neighbourhood each time.
    const leaving = cy.elements().filter((el) => !wanted.has(el.id()));
    if (leaving.nonempty()) cy.remove(leaving);
    for (const def of elements) {
      const existing = cy.getElementById(String(def.data.id));
      if (existing.nonempty()) {
        // Writing unchanged data still restyles the element; on a dense canvas that is thousands of restyles per change.
        if (!sameData(existing.data() as Record<string, unknown>, def.data)) existing.data(def.data);
        if (!sameClasses(existing, def.classes)) existing.classes(def.classes ?? '');
      } else if (def.group === 'nodes') newNodes.push(def);
      else newEdges.push(def);
    }
    if (options.restoring) {
      // A layout still computing would otherwise land on top of the positions being restored (undo, shared view).
      cancelLayout(cy);
      cy.nodes().forEach((n) => {
        const p = options.positions[n.id()];
        if (!p) return;
        const locked = n.locked();
        n.unlock().position({ ...p });
        if (locked) n.lock();
      });
    }
  });
  if (newNodes.length === 0 && newEdges.length === 0) return Promise.resolve();

  const unplaced = newNodes.filter((n) => !options.positions[String(n.data.id)]);
  const layoutAll = !anchored && unplaced.length > 2 && !options.restoring;
  const sliced = newNodes.length + newEdges.length > SLICE_ABOVE;
  if (layoutAll && sliced && unplaced.length > LAYOUT_FIRST_ABOVE && options.layout === 'fcose' && typeof Worker !== 'undefined') {
    return layoutThenAdd(cy, newNodes, newEdges, options.layout, onSliced);
  }

  const center = anchorPoint(cy, options.anchor) ?? besideDrawing(cy);
  const ring = ringPositions(center, unplaced.length);
  let i = 0;
  const placed = newNodes.map((def) => ({ ...def, position: { ...(options.positions[String(def.data.id)] ?? ring[i++] ?? center) } }));
  const finish = () => {
    if (newNodes.length === 0) return Promise.resolve();
    if (layoutAll) return runLayout(cy, options.layout);
    if (cy.nodes().length < 300) {
      // Ring placement keeps centres apart, not the labels around them.
      if (!options.restoring) removeOverlaps(cy);
      cy.fit(shownElements(cy), 60);
    }
    if (cy.nodes().length === 1) cy.zoom({ level: 1.4, position: cy.nodes()[0]!.position() }).center();
    return Promise.resolve();
  };
  if (!sliced) {
    addAll(cy, [...placed, ...newEdges]);
    return finish();
  }
  return addInSlices(cy, [...placed, ...newEdges], onSliced).then((done) => (done ? finish() : undefined));
}

/** Switches the canvas's drawing to the size it is about to have, before `defs` are added and first styled. */
function tuneFor(cy: Core, defs: readonly ElementDefinition[]): void {
  let edges = 0;
  for (const d of defs) if (d.group === 'edges') edges++;
  tuneForSize(cy, cy.edges().length + edges, cy.nodes().length + defs.length - edges);
}

function addAll(cy: Core, defs: ElementDefinition[]): void {
  cy.batch(() => {
    tuneFor(cy, defs);
    cy.add(defs);
  });
}

/** Adds and styles the elements a slice per task, drawn once at the end; resolves false when a newer sync took over. */
function addInSlices(cy: Core, defs: ElementDefinition[], onSliced?: () => void, job = startJob(cy)): Promise<boolean> {
  // The drawing is chosen from the final size before the first slice, so no slice is styled or drawn in the costly
  // form, and the stylesheet switch restyles only what was there before.
  tuneFor(cy, defs);
  return (async () => {
    const fill = startFill(cy);
    try {
      for (let at = 0; at < defs.length; at += SLICE) {
        // Each slice in a task of its own, the first one too (the task that started the fill has done its share).
        await nextTask();
        if (job.cancelled || cy.destroyed()) return false;
        addStyled(cy, defs.slice(at, at + SLICE).filter((d) => cy.getElementById(String(d.data.id)).empty()));
      }
    } finally {
      // Also when cancelled: what was added is drawn, and the newer sync adds the rest.
      fill.end();
    }
    if (job.cancelled || cy.destroyed()) return false;
    job.end();
    onSliced?.();
    return true;
  })();
}

/** A large unanchored arrival: positions from the worker first, then the elements added where they belong. */
async function layoutThenAdd(cy: Core, newNodes: ElementDefinition[], newEdges: ElementDefinition[], layout: LayoutName, onSliced?: () => void): Promise<void> {
  const job = startJob(cy);
  // The layout request (every relationship of the view, copied to the worker) is built in a task of its own, after the
  // one that handed the canvas its elements.
  await nextTask();
  if (job.cancelled || cy.destroyed()) return;
  const shown = shownElements(cy);
  const ids = [...shown.nodes().map((n) => n.id()), ...newNodes.map((n) => String(n.data.id))];
  const edges = [
    ...shown.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
    ...newEdges.map((e) => ({ id: String(e.data.id), source: String(e.data.source), target: String(e.data.target) })),
  ];
  const container = cy.container();
  container?.setAttribute('data-arriving', String(newNodes.length));
  const positions = await layoutInWorker(cy, layoutRequest(cy, layout, ids, edges));
  container?.removeAttribute('data-arriving');
  if (job.cancelled || cy.destroyed()) return;
  const at = new Map<string, Point>();
  if (positions) ids.forEach((id, i) => at.set(id, { x: positions[2 * i]!, y: positions[2 * i + 1]! }));
  else {
    // The layout was stopped (another layout asked for, or the worker failed): the arrival still arrives, on a ring.
    const center = besideDrawing(cy);
    ringPositions(center, newNodes.length).forEach((p, i) => at.set(String(newNodes[i]!.data.id), p));
  }
  cy.batch(() => {
    shown.nodes().forEach((n) => {
      const p = at.get(n.id());
      if (p && !n.locked()) (n as NodeSingular).position(p);
    });
  });
  const placed = newNodes.map((def) => ({ ...def, position: at.get(String(def.data.id)) ?? { x: 0, y: 0 } }));
  // Fitted before the first slice: the view is already where the whole graph will be.
  fitPositions(cy, [...at.values()]);
  if (await addInSlices(cy, [...placed, ...newEdges], onSliced, job)) fitShown(cy);
}

/** Exactly the given classes: classes the hooks added (hidden, highlighted, ...) count as a difference. */
function sameClasses(el: SingularElementArgument, classes: ElementDefinition['classes']): boolean {
  const want = typeof classes === 'string' ? classes.split(' ').filter(Boolean) : (classes ?? []);
  const has = el.classes() as unknown as string[];
  return want.length === has.length && want.every((c) => el.hasClass(c));
}

function sameData(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  for (const key of Object.keys(next)) if (current[key] !== next[key]) return false;
  return true;
}

function anchorPoint(cy: Core, anchor: string | null): Point | null {
  if (!anchor) return null;
  const node = cy.getElementById(anchor);
  return node.nonempty() ? { ...node.position() } : null;
}

function besideDrawing(cy: Core): Point {
  const existing = cy.nodes();
  if (existing.length === 0) return { x: 0, y: 0 };
  const bb = existing.boundingBox({});
  return { x: bb.x2 + 200, y: (bb.y1 + bb.y2) / 2 };
}
